//! Gathering inputs: files, directories (walked) and standard input.

use std::io::Read;
use std::path::Path;

/// The extensions a directory walk picks up.
const ARTICLE_EXTENSIONS: &[&str] = &["txt", "html", "htm", "md"];

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

/// Expands the command-line inputs into a list, in order; directories are
/// walked in sorted order so output is deterministic.
pub fn gather(args: &[String]) -> Vec<Input> {
    let mut out = Vec::new();
    for arg in args {
        if arg == "-" {
            let mut bytes = Vec::new();
            out.push(match std::io::stdin().read_to_end(&mut bytes) {
                Ok(_) => Input::Read {
                    id: "-".to_string(),
                    name: None,
                    bytes,
                },
                Err(e) => Input::Failed {
                    id: "-".to_string(),
                    reason: format!("cannot read standard input: {e}"),
                },
            });
            continue;
        }
        let path = Path::new(arg);
        if path.is_dir() {
            let before = out.len();
            walk(path, &mut out);
            if out.len() == before {
                out.push(Input::Failed {
                    id: arg.clone(),
                    reason: "no .txt, .html, .htm or .md files in this directory".to_string(),
                });
            }
        } else {
            out.push(read_file(path));
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<Input>) {
    let mut entries: Vec<_> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(Result::ok).map(|e| e.path()).collect(),
        Err(e) => {
            out.push(Input::Failed {
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
            walk(&path, out);
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| ARTICLE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
        {
            out.push(read_file(&path));
        }
    }
}

fn read_file(path: &Path) -> Input {
    let id = path.display().to_string();
    match std::fs::read(path) {
        Ok(bytes) => Input::Read {
            name: path.file_name().map(|n| n.to_string_lossy().into_owned()),
            id,
            bytes,
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Input::Failed {
            id,
            reason: "no such file".to_string(),
        },
        Err(e) => Input::Failed {
            id,
            reason: format!("cannot read: {e}"),
        },
    }
}
