//! Prints the message ids the catalogue in content/ needs (for translators).
fn main() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let catalogue = domain::content::load_dir(&dir).expect("content loads");
    for id in domain::messages::required(&catalogue) {
        println!("{id}");
    }
}
