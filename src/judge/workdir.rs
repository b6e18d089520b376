//! Submissions' working directories, mounted at /box: written by the server before any
//! untrusted code runs, removed afterwards without ever following what a box planted.

use super::sandbox::{Identity, SandboxError};
use std::io::{self, Write};
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::path::{Path, PathBuf};

/// The root-owned directory that working directories are made in; the sandbox user can only
/// traverse it.
#[derive(Debug)]
pub struct WorkDirs {
    root: PathBuf,
    /// Who owns a working directory once its source is written: the sandbox user.
    owner: Option<Identity>,
}

impl WorkDirs {
    /// Creates the root if needed and removes directories left by judges that are no longer
    /// running (a process that was SIGKILLed cleans nothing up).
    pub fn prepare(root: &Path, owner: Option<Identity>) -> Result<Self, SandboxError> {
        std::fs::create_dir_all(root)
            .and_then(|()| std::fs::set_permissions(root, std::fs::Permissions::from_mode(0o711)))
            .map_err(|e| SandboxError(format!("cannot prepare {}: {e}", root.display())))?;
        for entry in std::fs::read_dir(root)?.flatten() {
            if super::left_by_dead_process(&entry.file_name().to_string_lossy()) {
                remove(&entry.path(), None);
            }
        }
        Ok(Self {
            root: root.to_owned(),
            owner,
        })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// A fresh directory holding `source` as `file_name`, handed to the sandbox user.
    pub fn create(&self, file_name: &str, source: &str) -> io::Result<WorkDir> {
        let path = self.root.join(super::process_scoped_name());
        std::fs::DirBuilder::new().mode(0o700).create(&path)?;
        let dir = WorkDir {
            path,
            owner: self.owner,
        };
        std::fs::File::create_new(dir.path.join(file_name))?.write_all(source.as_bytes())?;
        if let Some(Identity { uid, gid }) = dir.owner {
            std::os::unix::fs::chown(&dir.path, Some(uid), Some(gid))?;
        }
        Ok(dir)
    }
}

/// One submission's working directory; removed when dropped. From the moment it is handed to
/// the sandbox user the server never opens anything in it.
#[derive(Debug)]
pub struct WorkDir {
    path: PathBuf,
    owner: Option<Identity>,
}

impl WorkDir {
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for WorkDir {
    fn drop(&mut self) {
        remove(&self.path, self.owner);
    }
}

/// Removes what boxes wrote as the user they wrote it as (never following anything they
/// planted with root's rights), then the emptied directory itself.
fn remove(path: &Path, owner: Option<Identity>) {
    use std::os::unix::fs::MetadataExt;
    use std::os::unix::process::CommandExt;
    let owner = owner.or_else(|| {
        let metadata = std::fs::symlink_metadata(path).ok()?;
        Some(Identity {
            uid: metadata.uid(),
            gid: metadata.gid(),
        })
    });
    let mut rm = std::process::Command::new("rm");
    rm.args(["-rf", "--one-file-system", "--"]).arg(path);
    if let Some(Identity { uid, gid }) = owner {
        rm.uid(uid).gid(gid);
    }
    // rm cannot remove the directory itself (its parent is root's); rmdir can.
    let _ = rm.stderr(std::process::Stdio::null()).status();
    if let Err(error) = std::fs::remove_dir(path)
        && error.kind() != io::ErrorKind::NotFound
    {
        tracing::warn!(dir = %path.display(), %error, "cannot remove a judge working directory");
    }
}
