//! Plain language: every Italian citizen-facing message reaches a Gulpease index of at least 60
//! (readable by someone with primary-school education). The index is computed on each message
//! (and each variant of a `$who` selector) with Fluent placeables removed.

use fluent_syntax::{
    ast::{Entry, Expression, Pattern, PatternElement},
    parser,
};
use std::{fs, path::Path};

/// Gulpease = 89 + (300 · sentences − 10 · letters) / words.
fn gulpease(text: &str) -> Option<f64> {
    let words = text.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count();
    if words == 0 {
        return None;
    }
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let mut sentences = text
        .split(['.', '!', '?', ':', ';'])
        .filter(|s| s.chars().any(char::is_alphabetic))
        .count();
    // "10.140" is a number, not two sentences.
    sentences -= text.as_bytes().windows(3).filter(|w| w[0].is_ascii_digit() && w[1] == b'.' && w[2].is_ascii_digit()).count().min(sentences.saturating_sub(1));
    let sentences = sentences.max(1);
    Some(89.0 + (300.0 * sentences as f64 - 10.0 * letters as f64) / words as f64)
}

/// The texts of a pattern: one per variant of a selector, placeables left out.
fn texts(pattern: &Pattern<&str>) -> Vec<String> {
    let mut plain = String::new();
    let mut variants = Vec::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => plain.push_str(value),
            PatternElement::Placeable { expression: Expression::Select { variants: vs, .. } } => {
                for v in vs {
                    variants.extend(texts(&v.value));
                }
            }
            PatternElement::Placeable { .. } => plain.push_str(" 0 "),
        }
    }
    if variants.is_empty() {
        vec![plain]
    } else {
        variants.into_iter().map(|v| format!("{plain}{v}")).collect()
    }
}

#[test]
fn italian_texts_reach_gulpease_60() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales/it");
    let mut scores: Vec<(f64, String)> = Vec::new();
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let source = fs::read_to_string(&path).unwrap();
        let resource = parser::parse(source.as_str()).unwrap();
        for entry in resource.body {
            let Entry::Message(m) = entry else { continue };
            // The language's own name is not a sentence for citizens.
            if m.id.name == "language-name" {
                continue;
            }
            for text in m.value.as_ref().map(texts).unwrap_or_default() {
                for line in text.lines().filter(|l| !l.trim().is_empty()) {
                    if let Some(score) = gulpease(line) {
                        scores.push((score, format!("{} = {line}", m.id.name)));
                    }
                }
            }
        }
    }
    scores.sort_by(|a, b| a.0.total_cmp(&b.0));
    assert!(scores.len() > 300, "the Italian texts are read ({} lines)", scores.len());
    println!("lowest Gulpease scores:");
    for (score, text) in scores.iter().take(5) {
        println!("  {score:.0}  {text}");
    }
    let below: Vec<String> =
        scores.iter().filter(|(s, _)| *s < 60.0).map(|(s, t)| format!("{s:.0}  {t}")).collect();
    assert!(below.is_empty(), "Italian texts below Gulpease 60 (rewrite them shorter):\n{}", below.join("\n"));
}

#[test]
fn the_index_tells_plain_from_hard() {
    let plain = gulpease("Porta la carta d'identità. Vai allo sportello.").unwrap();
    let hard = gulpease(
        "L'erogazione della prestazione assistenziale è subordinata alla verifica dei requisiti reddituali e patrimoniali.",
    )
    .unwrap();
    assert!(plain > 80.0, "{plain}");
    assert!(hard < 40.0, "{hard}");
    assert!((gulpease("ISEE fino a 10.140 euro.").unwrap() - gulpease("ISEE fino a 10140 euro.").unwrap()).abs() < 1e-9);
}
