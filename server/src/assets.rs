//! The site's JavaScript, WebAssembly and CSS are compressed once, at start-up, at the best
//! brotli and gzip levels, and then served as files: people on slow phone connections download
//! the smallest bytes without the server compressing on every request.

use std::{
    fs,
    io::Write,
    path::{Path, PathBuf},
};

const COMPRESSIBLE: &[&str] = &["js", "wasm", "css", "svg", "ftl"];

/// Writes `<file>.br` and `<file>.gz` beside every compressible file of `dir` whose
/// compressed copies are missing or older. Problems are logged, never fatal: the files are
/// then served uncompressed or compressed on the fly.
pub async fn precompress(dir: PathBuf) {
    let result = tokio::task::spawn_blocking(move || precompress_dir(&dir)).await;
    match result {
        Ok(Ok(count)) if count > 0 => tracing::info!(count, "precompressed site assets"),
        Ok(Ok(_)) => {}
        Ok(Err(e)) => tracing::warn!(error = %e, "could not precompress site assets"),
        Err(e) => tracing::warn!(error = %e, "asset compression task failed"),
    }
}

fn precompress_dir(dir: &Path) -> std::io::Result<usize> {
    let mut count = 0;
    if !dir.is_dir() {
        return Ok(0);
    }
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if !path.is_file() || !COMPRESSIBLE.contains(&ext) {
            continue;
        }
        let modified = fs::metadata(&path)?.modified()?;
        let fresh = |suffix: &str| {
            fs::metadata(with_suffix(&path, suffix))
                .and_then(|m| m.modified())
                .is_ok_and(|t| t >= modified)
        };
        if fresh("br") && fresh("gz") {
            continue;
        }
        let bytes = fs::read(&path)?;
        fs::write(with_suffix(&path, "br"), brotli_best(&bytes)?)?;
        fs::write(with_suffix(&path, "gz"), gzip_best(&bytes)?)?;
        count += 1;
    }
    Ok(count)
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(suffix);
    PathBuf::from(name)
}

pub fn brotli_best(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 4096, 11, 22);
        writer.write_all(bytes)?;
    }
    Ok(out)
}

pub fn gzip_best(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes)?;
    encoder.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_compressed_copies_once() {
        let dir = tempfile::tempdir().unwrap();
        let js = dir.path().join("ponte.js");
        fs::write(&js, "export function hydrate() {}\n".repeat(200)).unwrap();
        fs::write(dir.path().join("photo.png"), [0u8; 64]).unwrap();
        assert_eq!(precompress_dir(dir.path()).unwrap(), 1);
        let br = fs::read(dir.path().join("ponte.js.br")).unwrap();
        assert!(br.len() < 200, "brotli output is {} bytes", br.len());
        assert!(dir.path().join("ponte.js.gz").exists());
        assert!(!dir.path().join("photo.png.br").exists());
        assert_eq!(precompress_dir(dir.path()).unwrap(), 0, "fresh copies are kept");
    }
}
