//! Gathering inputs: files, directories (walked) and standard input.
//!
//! Gathering only lists what to read; the bytes are read later, by the worker
//! that analyzes them, so a directory of ten thousand articles never sits in
//! memory at once.

use std::io::Read;
use std::path::{Path, PathBuf};

/// The extensions a directory walk picks up.
const ARTICLE_EXTENSIONS: &[&str] = &["txt", "html", "htm", "md"];

/// Files larger than this are refused before they are read: the core's own
/// limit ([`khabar_core::Options::max_bytes`]) would refuse them anyway, and
/// reading a multi-gigabyte file only to refuse it wastes memory.
pub fn too_large(len: u64, max_bytes: usize) -> Option<String> {
    (len > max_bytes as u64).then(|| {
        format!(
            "the file is {len} bytes, over the limit of {max_bytes} bytes ({} MiB); split it into smaller files",
            max_bytes / (1024 * 1024)
        )
    })
}

/// One input to analyze, not yet read.
#[derive(Clone, Debug)]
pub enum Source {
    /// A file on disk.
    File(PathBuf),
    /// Standard input, read whole.
    Stdin,
    /// An input that cannot be analyzed, and why.
    Failed { id: String, reason: String },
}

/// One input, read or not.
pub enum Input {
    /// Its bytes, read.
    Read {
        id: String,
        name: Option<String>,
        bytes: Vec<u8>,
    },
    /// Why it could not be read.
    Failed { id: String, reason: String },
}

/// Expands the command-line inputs into a list of sources, in order;
/// directories are walked in sorted order so output is deterministic.
pub fn gather(args: &[String]) -> Vec<Source> {
    let mut out = Vec::new();
    for arg in args {
        if arg == "-" {
            out.push(Source::Stdin);
            continue;
        }
        let path = Path::new(arg);
        if path.is_dir() {
            let before = out.len();
            let mut skipped = 0usize;
            walk(path, &mut out, &mut skipped);
            if out.len() == before {
                let note = if skipped > 0 {
                    format!(
                        " ({skipped} other file{} skipped)",
                        if skipped == 1 { "" } else { "s" }
                    )
                } else {
                    String::new()
                };
                out.push(Source::Failed {
                    id: arg.clone(),
                    reason: format!("no .txt, .html, .htm or .md files in this directory{note}"),
                });
            }
        } else {
            out.push(Source::File(path.to_path_buf()));
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<Source>, skipped: &mut usize) {
    let mut entries: Vec<_> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(Result::ok).map(|e| e.path()).collect(),
        Err(e) => {
            out.push(Source::Failed {
                id: dir.display().to_string(),
                reason: format!("cannot read directory: {e}"),
            });
            return;
        }
    };
    entries.sort();
    for path in entries {
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if path.is_dir() {
            walk(&path, out, skipped);
        } else if is_article(&path) {
            out.push(Source::File(path));
        } else {
            *skipped += 1;
        }
    }
}

fn is_article(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ARTICLE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

impl Source {
    /// Reads the source, refusing files over `max_bytes` without reading them.
    pub fn read(&self, max_bytes: usize) -> Input {
        match self {
            Source::File(path) => read_file(path, max_bytes),
            Source::Stdin => {
                let mut bytes = Vec::new();
                // Read one byte past the limit so an oversized input is
                // refused without holding all of it.
                let limit = (max_bytes as u64).saturating_add(1);
                match std::io::stdin().lock().take(limit).read_to_end(&mut bytes) {
                    Ok(n) if n as u64 > max_bytes as u64 => Input::Failed {
                        id: "-".to_string(),
                        reason: format!(
                            "standard input is over the limit of {max_bytes} bytes; split it into smaller documents"
                        ),
                    },
                    Ok(_) => Input::Read {
                        id: "-".to_string(),
                        name: None,
                        bytes,
                    },
                    Err(e) => Input::Failed {
                        id: "-".to_string(),
                        reason: format!("cannot read standard input: {e}"),
                    },
                }
            }
            Source::Failed { id, reason } => Input::Failed {
                id: id.clone(),
                reason: reason.clone(),
            },
        }
    }
}

fn read_file(path: &Path, max_bytes: usize) -> Input {
    let id = path.display().to_string();
    let failed = |reason: String| Input::Failed {
        id: id.clone(),
        reason,
    };
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return failed("no such file".to_string())
        }
        Err(e) => return failed(format!("cannot read: {e}")),
    };
    if meta.is_dir() {
        return failed("is a directory".to_string());
    }
    if let Some(reason) = too_large(meta.len(), max_bytes) {
        return failed(reason);
    }
    match std::fs::read(path) {
        Ok(bytes) => Input::Read {
            name: path.file_name().map(|n| n.to_string_lossy().into_owned()),
            id,
            bytes,
        },
        Err(e) => failed(format!("cannot read: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limit_message_names_both_sizes() {
        assert_eq!(too_large(10, 10), None);
        let msg = too_large(11, 10).unwrap_or_default();
        assert!(msg.contains("11 bytes") && msg.contains("limit of 10 bytes"));
    }

    #[test]
    fn article_extensions_any_case() {
        for (name, want) in [
            ("a.txt", true),
            ("a.HTML", true),
            ("a.htm", true),
            ("a.md", true),
            ("a.pdf", false),
            ("a", false),
            ("a.txt.gz", false),
        ] {
            assert_eq!(is_article(Path::new(name)), want, "{name}");
        }
    }
}
