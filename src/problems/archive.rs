//! Problem packages as zip archives, as admins upload and download them. An archive comes from
//! outside, so unpacking refuses what could escape the directory it is unpacked into (absolute
//! paths, `..`, links) or fill the disk (too many entries, too many bytes once inflated).

use super::package::{self, PackageError, ProblemPackage};
use std::io::{Read, Seek, Write};
use std::path::{Component, Path, PathBuf};

/// The most bytes an archive may hold once inflated: a package is at most a few MB.
pub const MAX_UNPACKED_BYTES: u64 = 64 * 1024 * 1024;
/// The most entries (files and directories) an archive may hold.
pub const MAX_ENTRIES: usize = 5_000;

#[derive(Debug, thiserror::Error)]
pub enum ArchiveError {
    #[error("the archive cannot be read as a zip file: {0}")]
    Zip(#[from] zip::result::ZipError),
    #[error("the archive is refused: {0}")]
    Refused(String),
    #[error(transparent)]
    Package(#[from] PackageError),
    #[error("cannot unpack the archive: {0}")]
    Io(#[from] std::io::Error),
}

fn refused(message: impl Into<String>) -> ArchiveError {
    ArchiveError::Refused(message.into())
}

/// Loads every package in a zip archive, checking all of them before returning any: one package
/// at the root of the archive (its slug is then the archive's file name without `.zip`), or one
/// or more package directories at its top level. Error messages name files as the archive does.
pub fn load(
    reader: impl Read + Seek,
    file_name: &str,
) -> Result<Vec<ProblemPackage>, ArchiveError> {
    let work = tempfile::tempdir()?;
    let unpacked = work.path().join("archive");
    unpack(reader, &unpacked)?;
    let relative = |error: PackageError| error.relative_to(&unpacked).relative_to(work.path());
    if unpacked.join("problem.toml").is_file() {
        let stem = file_name
            .rsplit('/')
            .next()
            .unwrap_or_default()
            .trim_end_matches(".zip");
        let slug = super::Slug::parse(stem).map_err(|e| {
            refused(format!(
                "a package at the root of an archive takes its slug from the archive's name, \
                 and `{stem}` is not one ({e}); name the archive <slug>.zip or put the package \
                 in a <slug>/ folder"
            ))
        })?;
        let dir = work.path().join(slug.as_str());
        std::fs::rename(&unpacked, &dir)?;
        return Ok(vec![package::load(&dir).map_err(relative)?]);
    }
    let packages = package::load_all(&unpacked).map_err(relative)?;
    if packages.is_empty() {
        return Err(refused(
            "it holds no problem package (a problem.toml at its root or in a top-level folder)",
        ));
    }
    Ok(packages)
}

/// Unpacks a zip archive into `dir` (created), refusing unsafe names, links, and archives over
/// [`MAX_ENTRIES`] entries or [`MAX_UNPACKED_BYTES`] bytes (counted as inflated, not as the
/// archive claims).
pub fn unpack(reader: impl Read + Seek, dir: &Path) -> Result<(), ArchiveError> {
    let mut archive = zip::ZipArchive::new(reader)?;
    if archive.len() > MAX_ENTRIES {
        return Err(refused(format!(
            "it has {} entries, more than the {MAX_ENTRIES} allowed",
            archive.len()
        )));
    }
    std::fs::create_dir_all(dir)?;
    let mut budget = MAX_UNPACKED_BYTES;
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index)?;
        let name = std::str::from_utf8(entry.name_raw())
            .map_err(|_| refused("an entry's name is not UTF-8 text"))?
            .to_owned();
        let relative = safe_path(&name)?;
        if entry.is_symlink() {
            return Err(refused(format!(
                "`{name}` is a link; packages hold plain files only"
            )));
        }
        let target = dir.join(&relative);
        if entry.is_dir() {
            std::fs::create_dir_all(&target)?;
            continue;
        }
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)?;
        }
        let mut file = std::fs::File::create_new(&target).map_err(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                refused(format!("`{name}` appears twice"))
            } else {
                ArchiveError::Io(e)
            }
        })?;
        let written = std::io::copy(&mut (&mut entry).take(budget + 1), &mut file)?;
        if written > budget {
            return Err(refused(format!(
                "it inflates to more than {} MiB",
                MAX_UNPACKED_BYTES / (1024 * 1024)
            )));
        }
        budget -= written;
    }
    Ok(())
}

/// An entry's name as a relative path of plain components.
fn safe_path(name: &str) -> Result<PathBuf, ArchiveError> {
    let path = Path::new(name);
    let plain = !name.contains('\\')
        && path
            .components()
            .all(|c| matches!(c, Component::Normal(_) | Component::CurDir));
    if !plain || path.components().next().is_none() {
        return Err(refused(format!(
            "the entry `{name}` would be unpacked outside its folder (absolute paths and `..` \
             are not allowed)"
        )));
    }
    Ok(path.to_owned())
}

/// A zip archive (deflated) of `files`, each `(path, contents)`, placed under `folder/`.
pub fn zip(folder: &str, files: &[(String, String)]) -> Result<Vec<u8>, ArchiveError> {
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .unix_permissions(0o644);
    for (path, contents) in files {
        writer.start_file(format!("{folder}/{path}"), options)?;
        writer.write_all(contents.as_bytes())?;
    }
    Ok(writer.finish()?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    fn archive(entries: &[(&str, &[u8])]) -> Cursor<Vec<u8>> {
        let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for (name, data) in entries {
            writer
                .start_file(*name, zip::write::SimpleFileOptions::default())
                .unwrap();
            writer.write_all(data).unwrap();
        }
        Cursor::new(writer.finish().unwrap().into_inner())
    }

    fn unpack_error(entries: &[(&str, &[u8])]) -> String {
        let dir = tempfile::tempdir().unwrap();
        unpack(archive(entries), &dir.path().join("out"))
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn names_that_escape_are_refused() {
        for name in ["../evil", "a/../../evil", "/etc/evil", "a\\..\\evil"] {
            let message = unpack_error(&[(name, b"x")]);
            assert!(message.contains("outside its folder"), "{name}: {message}");
        }
    }

    #[test]
    fn bombs_are_refused() {
        let big = vec![0u8; (MAX_UNPACKED_BYTES / 2 + 1) as usize];
        let message = unpack_error(&[("a", &big), ("b", &big)]);
        assert!(
            message.contains("inflates to more than 64 MiB"),
            "{message}"
        );
    }

    #[test]
    fn plain_files_unpack() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        unpack(archive(&[("p/tests/01.in", b"1\n"), ("./p/x", b"")]), &out).unwrap();
        assert_eq!(
            std::fs::read_to_string(out.join("p/tests/01.in")).unwrap(),
            "1\n"
        );
    }
}
