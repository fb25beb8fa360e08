//! Where the book lives: `--data-dir DIR`, else `ADVOCATES_DATA_DIR`, else the OS app-data dir
//! (`~/.local/share/app.advocates.desktop` on Linux — the same folder Tauri's `app_data_dir` names).

use std::path::{Path, PathBuf};

/// The app's identifier, as in tauri.conf.json.
pub const IDENTIFIER: &str = "app.advocates.desktop";

pub fn data_dir(flag: Option<&Path>) -> Result<PathBuf, String> {
    resolve(flag, std::env::var_os("ADVOCATES_DATA_DIR").map(PathBuf::from), dirs::data_dir())
}

fn resolve(flag: Option<&Path>, env: Option<PathBuf>, os: Option<PathBuf>) -> Result<PathBuf, String> {
    if let Some(dir) = flag {
        return Ok(dir.to_owned());
    }
    if let Some(dir) = env.filter(|d| !d.as_os_str().is_empty()) {
        return Ok(dir);
    }
    os.map(|d| d.join(IDENTIFIER))
        .ok_or_else(|| "no data directory: pass --data-dir DIR or set ADVOCATES_DATA_DIR".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_flag_beats_the_environment_which_beats_the_os() {
        let flag = Path::new("/flag");
        let env = Some(PathBuf::from("/env"));
        let os = Some(PathBuf::from("/home/u/.local/share"));
        assert_eq!(resolve(Some(flag), env.clone(), os.clone()).unwrap(), PathBuf::from("/flag"));
        assert_eq!(resolve(None, env, os.clone()).unwrap(), PathBuf::from("/env"));
        assert_eq!(
            resolve(None, Some(PathBuf::new()), os.clone()).unwrap(),
            PathBuf::from("/home/u/.local/share").join(IDENTIFIER)
        );
        assert!(resolve(None, None, None).is_err());
    }
}
