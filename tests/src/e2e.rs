//! End-to-end harness: the real app in a real WebKit window, driven by WebDriver.
//!
//! A [`Desktop`] is one private X display (Xvfb), one private D-Bus session (`dbus-run-session`, with
//! `dbus-monitor` recording every `org.freedesktop.Notifications` call and `dunst` answering them), and one
//! `tauri-driver` (which starts `WebKitWebDriver`, which starts the app). Every path the app could write to —
//! its data dir and the XDG dirs — points into a temp dir. [`Desktop::launch`] opens a WebDriver session, which
//! launches the app; [`App::quit`] ends it. A missing tool fails the test loudly: e2e tests are never skipped.

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};

const TOOLS: &[(&str, &str)] = &[
    ("Xvfb", "xvfb"),
    ("dbus-run-session", "dbus"),
    ("dbus-monitor", "dbus"),
    ("dunst", "dunst"),
    ("import", "imagemagick"),
    ("WebKitWebDriver", "webkit2gtk-driver"),
    ("tauri-driver", "`cargo install tauri-driver --locked`"),
];

/// A child process that is killed, with its whole process group, when dropped.
struct Guard(Child);

impl Drop for Guard {
    fn drop(&mut self) {
        let pgid = self.0.id().to_string();
        let _ = Command::new("kill").args(["-TERM", "--", &format!("-{pgid}")]).status();
        std::thread::sleep(Duration::from_millis(200));
        let _ = Command::new("kill").args(["-KILL", "--", &format!("-{pgid}")]).stderr(Stdio::null()).status();
        let _ = self.0.wait();
    }
}

fn spawn_in_own_group(mut command: Command) -> std::io::Result<Child> {
    use std::os::unix::process::CommandExt;
    command.process_group(0).spawn()
}

fn require_tools() {
    let missing: Vec<String> = TOOLS
        .iter()
        .filter(|(tool, _)| !on_path(tool))
        .map(|(tool, package)| format!("{tool} (from {package})"))
        .collect();
    assert!(missing.is_empty(), "e2e tools missing — run `make test`, which installs them: {}", missing.join(", "));
}

fn on_path(tool: &str) -> bool {
    std::env::var_os("PATH")
        .map(|paths| std::env::split_paths(&paths).any(|dir| dir.join(tool).is_file()))
        .unwrap_or(false)
}

/// Two free ports, told apart: both are held at once while the kernel picks them. Picked one after the other, the
/// second could be the first again, just released; tauri-driver given the same port twice forwarded each request to
/// itself until it ran out of files ("accept new stream fail", "Too many open files" in the driver log, and "WebDriver
/// session failed" in CI, 7 Dec).
fn two_free_ports() -> (u16, u16) {
    let bind = || TcpListener::bind("127.0.0.1:0").expect("a free port");
    let (a, b) = (bind(), bind());
    let port = |l: &TcpListener| l.local_addr().expect("a bound port").port();
    (port(&a), port(&b))
}

fn wait_until(what: &str, timeout: Duration, mut ready: impl FnMut() -> bool) {
    let start = Instant::now();
    while !ready() {
        assert!(start.elapsed() < timeout, "timed out after {timeout:?} waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Options for a desktop: extra environment for the app (e.g. `ADVOCATES_NOW`), an existing data dir, and the app
/// to launch (default: the built binary, [`crate::app_binary`]; the package test gives the installed one).
#[derive(Default, Clone)]
pub struct Options {
    pub env: Vec<(String, String)>,
    pub data_dir: Option<PathBuf>,
    pub binary: Option<PathBuf>,
}

pub struct Desktop {
    // Field order is drop order: the driver (and the app) go before the display.
    driver: Guard,
    display: String,
    _xvfb: Guard,
    pub root: tempfile::TempDir,
    pub data_dir: PathBuf,
    port: u16,
    notify_log: PathBuf,
    binary: PathBuf,
}

impl Desktop {
    pub fn start() -> Desktop {
        Desktop::with(Options::default())
    }

    pub fn with(options: Options) -> Desktop {
        require_tools();
        let binary = options.binary.clone().unwrap_or_else(crate::app_binary);
        assert!(binary.is_file(), "no app to launch at {}", binary.display());
        let root = tempfile::Builder::new().prefix("advocates-e2e-").tempdir().expect("temp dir");
        let (xvfb, display) = start_xvfb();
        let data_dir = options.data_dir.clone().unwrap_or_else(|| root.path().join("data"));
        let runtime_dir = root.path().join("runtime");
        for dir in ["xdg-data", "xdg-config", "xdg-cache"] {
            std::fs::create_dir_all(root.path().join(dir)).unwrap();
        }
        std::fs::create_dir_all(&runtime_dir).unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&runtime_dir, std::fs::Permissions::from_mode(0o700)).unwrap();
        let notify_log = root.path().join("notifications.log");
        let (port, native_port) = two_free_ports();
        let driver_log = std::fs::File::create(root.path().join("driver.log")).unwrap();
        // One D-Bus session holds the monitor, the notification daemon and the driver (and so the app).
        let script = format!(
            "dbus-monitor --session \"interface='org.freedesktop.Notifications'\" > '{log}' 2>&1 &
             dunst > /dev/null 2>&1 &
             exec tauri-driver --port {port} --native-port {native_port}",
            log = notify_log.display(),
        );
        let mut command = Command::new("dbus-run-session");
        command
            .args(["--", "sh", "-c", &script])
            .env("DISPLAY", display.as_str())
            .env("XDG_DATA_HOME", root.path().join("xdg-data"))
            .env("XDG_CONFIG_HOME", root.path().join("xdg-config"))
            .env("XDG_CACHE_HOME", root.path().join("xdg-cache"))
            .env("XDG_RUNTIME_DIR", &runtime_dir)
            .env("ADVOCATES_DATA_DIR", &data_dir)
            // Software rendering under Xvfb: no GPU, no DMA-BUF.
            .env("WEBKIT_DISABLE_DMABUF_RENDERER", "1")
            .env("WEBKIT_DISABLE_COMPOSITING_MODE", "1")
            .env("LIBGL_ALWAYS_SOFTWARE", "1")
            .env("NO_AT_BRIDGE", "1")
            .stdout(driver_log.try_clone().unwrap())
            .stderr(driver_log);
        for (key, value) in &options.env {
            command.env(key, value);
        }
        let driver = Guard(spawn_in_own_group(command).expect("start dbus-run-session + tauri-driver"));
        // tauri-driver listens at once; the WebKitWebDriver it starts takes a moment longer.
        wait_until("tauri-driver and WebKitWebDriver to listen", Duration::from_secs(30), || {
            TcpStream::connect(("127.0.0.1", port)).is_ok() && TcpStream::connect(("127.0.0.1", native_port)).is_ok()
        });
        Desktop { driver, display, _xvfb: xvfb, root, data_dir, port, notify_log, binary }
    }

    /// Launches the app (a new WebDriver session) and waits for its first page to render. Starting a session can
    /// fail while WebKitWebDriver is still settling on a busy machine: that (and only that) is tried three times.
    pub async fn launch(&self) -> App {
        let mut last_error = String::new();
        for _ in 0..3 {
            let mut caps = serde_json::Map::new();
            caps.insert("tauri:options".into(), serde_json::json!({ "application": self.binary.to_string_lossy() }));
            caps.insert("browserName".into(), "wry".into());
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            match ClientBuilder::new(connector)
                .capabilities(caps)
                .connect(&format!("http://127.0.0.1:{}", self.port))
                .await
            {
                Ok(client) => {
                    let app = App { client, display: self.display.clone() };
                    app.wait_for("main").await;
                    return app;
                }
                Err(e) => {
                    last_error = e.to_string();
                    tokio::time::sleep(Duration::from_secs(1)).await;
                }
            }
        }
        panic!("WebDriver session failed: {last_error}\n--- driver log ---\n{}", self.driver_log());
    }

    pub fn driver_log(&self) -> String {
        std::fs::read_to_string(self.root.path().join("driver.log")).unwrap_or_default()
    }

    /// Every `Notify` call seen on the session bus so far.
    pub fn notifications(&self) -> Vec<Notification> {
        parse_notifications(&std::fs::read_to_string(&self.notify_log).unwrap_or_default())
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// The app processes this desktop started (the binary, with this desktop's data dir in its environment), each
    /// with its environment.
    pub fn app_processes(&self) -> Vec<(u32, Vec<(String, String)>)> {
        let binary = std::fs::canonicalize(crate::app_binary()).unwrap_or_else(|_| crate::app_binary());
        let wanted = format!("ADVOCATES_DATA_DIR={}", self.data_dir.display());
        let mut found = Vec::new();
        for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
            let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else { continue };
            if std::fs::read_link(entry.path().join("exe")).ok().as_deref() != Some(binary.as_path()) {
                continue;
            }
            let Ok(environ) = std::fs::read(entry.path().join("environ")) else { continue };
            let vars: Vec<String> =
                environ.split(|b| *b == 0).map(|v| String::from_utf8_lossy(v).into_owned()).collect();
            if vars.contains(&wanted) {
                let env =
                    vars.iter().filter_map(|v| v.split_once('=').map(|(k, v)| (k.to_owned(), v.to_owned()))).collect();
                found.push((pid, env));
            }
        }
        found
    }

    /// Kills the running app with SIGKILL, as a crash or a power cut would: no clean shutdown, no checkpoint.
    pub fn kill_app(&self) {
        let pids = self.app_processes();
        assert!(!pids.is_empty(), "no app process to kill");
        for (pid, _) in pids {
            let _ = Command::new("kill").args(["-9", &pid.to_string()]).status();
        }
        wait_until("the killed app to be gone", Duration::from_secs(10), || self.app_processes().is_empty());
    }

    /// True while the driver process runs.
    pub fn is_running(&mut self) -> bool {
        matches!(self.driver.0.try_wait(), Ok(None))
    }
}

fn start_xvfb() -> (Guard, String) {
    for n in 90..200 {
        if Path::new(&format!("/tmp/.X{n}-lock")).exists() || Path::new(&format!("/tmp/.X11-unix/X{n}")).exists() {
            continue;
        }
        let mut command = Command::new("Xvfb");
        command
            .args([&format!(":{n}"), "-screen", "0", "1280x800x24", "-nolisten", "tcp"])
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        let mut child = spawn_in_own_group(command).expect("start Xvfb");
        let socket = PathBuf::from(format!("/tmp/.X11-unix/X{n}"));
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(10) {
            if socket.exists() {
                return (Guard(child), format!(":{n}"));
            }
            if let Ok(Some(_)) = child.try_wait() {
                break; // lost a race for this display: try the next one
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        drop(Guard(child));
    }
    panic!("could not start Xvfb on any display from :90 to :199");
}

/// One `org.freedesktop.Notifications.Notify` call, as seen on the bus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notification {
    pub app_name: String,
    pub summary: String,
    pub body: String,
}

/// Reads `dbus-monitor`'s text: after each `member=Notify` line come the arguments, the strings being app name,
/// icon, summary and body, in that order.
pub fn parse_notifications(log: &str) -> Vec<Notification> {
    let mut out = Vec::new();
    let mut lines = log.lines().peekable();
    while let Some(line) = lines.next() {
        if !(line.starts_with("method call") && line.contains("member=Notify")) {
            continue;
        }
        let mut strings = Vec::new();
        while let Some(next) = lines.peek() {
            if !next.starts_with(' ') {
                break;
            }
            let arg = lines.next().unwrap().trim();
            if let Some(rest) = arg.strip_prefix("string \"") {
                strings.push(rest.strip_suffix('"').unwrap_or(rest).to_owned());
            }
            if strings.len() == 4 {
                break;
            }
        }
        if strings.len() == 4 {
            out.push(Notification {
                app_name: strings[0].clone(),
                summary: strings[2].clone(),
                body: strings[3].clone(),
            });
        }
    }
    out
}

/// The running app, through its WebDriver session.
pub struct App {
    pub client: Client,
    display: String,
}

const WAIT: Duration = Duration::from_secs(15);

impl App {
    pub async fn wait_for(&self, css: &str) -> Element {
        self.client
            .wait()
            .at_most(WAIT)
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no element `{css}` within {WAIT:?}: {e}"))
    }

    /// Waits until the element's text contains `needle`, and returns the text.
    pub async fn wait_for_text(&self, css: &str, needle: &str) -> String {
        let start = Instant::now();
        loop {
            if let Ok(element) = self.client.find(Locator::Css(css)).await {
                if let Ok(text) = element.text().await {
                    if text.contains(needle) {
                        return text;
                    }
                    assert!(start.elapsed() < WAIT, "`{css}` never contained {needle:?}; last text: {text:?}");
                }
            }
            assert!(start.elapsed() < WAIT, "`{css}` never appeared (waiting for {needle:?})");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until the element's attribute reads `value` (the progress events reaching the page, which may come after
    /// the command's answer).
    pub async fn wait_for_attr(&self, css: &str, attr: &str, value: &str) {
        let start = Instant::now();
        loop {
            let mut last = None;
            if let Ok(element) = self.client.find(Locator::Css(css)).await {
                last = element.attr(attr).await.ok().flatten();
                if last.as_deref() == Some(value) {
                    return;
                }
            }
            assert!(start.elapsed() < WAIT, "`{css}`'s {attr} never read {value:?}; last: {last:?}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Clicks the sidebar button of a page ("Today", "People", "Settings"…).
    pub async fn open_page(&self, name: &str) {
        let xpath = format!("//nav//button[starts-with(normalize-space(), '{name}')]");
        let button = self
            .client
            .wait()
            .at_most(WAIT)
            .for_element(Locator::XPath(&xpath))
            .await
            .unwrap_or_else(|e| panic!("no {name} button in the sidebar: {e}"));
        button.click().await.unwrap_or_else(|e| panic!("click {name}: {e}"));
    }

    /// Waits until no element matches `css`.
    pub async fn wait_gone(&self, css: &str) {
        let start = Instant::now();
        while !self.client.find_all(Locator::Css(css)).await.unwrap_or_default().is_empty() {
            assert!(start.elapsed() < WAIT, "`{css}` is still there after {WAIT:?}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub async fn click(&self, css: &str) {
        self.wait_for(css).await.click().await.unwrap_or_else(|e| panic!("click `{css}`: {e}"));
    }

    pub async fn type_into(&self, css: &str, text: &str) {
        let element = self.wait_for(css).await;
        element.clear().await.unwrap_or_else(|e| panic!("clear `{css}`: {e}"));
        element.send_keys(text).await.unwrap_or_else(|e| panic!("type into `{css}`: {e}"));
    }

    pub async fn texts(&self, css: &str) -> Vec<String> {
        let mut out = Vec::new();
        for element in self.client.find_all(Locator::Css(css)).await.unwrap_or_default() {
            out.push(element.text().await.unwrap_or_default());
        }
        out
    }

    /// Runs JavaScript in the page and returns its JSON result.
    pub async fn script(&self, js: &str) -> serde_json::Value {
        self.client.execute(js, vec![]).await.unwrap_or_else(|e| panic!("script failed: {e}"))
    }

    /// Saves a screenshot of the app's display as `target/e2e/{name}.png` in the repository, and returns its path.
    /// It is taken from the X server (ImageMagick `import`): WebKitWebDriver's own screenshot stalls under Xvfb.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        // Let the last change paint.
        tokio::time::sleep(Duration::from_millis(300)).await;
        let dir = crate::repo_root().join("target/e2e");
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(format!("{name}.png"));
        let status = Command::new("import")
            .args(["-display", &self.display, "-window", "root"])
            .arg(&path)
            .status()
            .expect("run ImageMagick import (package imagemagick)");
        assert!(status.success(), "screenshot {name} failed");
        println!("screenshot: {}", path.display());
        path
    }

    /// Ends the WebDriver session, which closes the app.
    pub async fn quit(self) {
        self.client.close().await.unwrap_or_else(|e| panic!("closing the session: {e}"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notify_calls_are_read_from_dbus_monitor_text() {
        let log = r#"signal time=1 sender=org.freedesktop.DBus -> destination=:1.2 serial=2 path=/; member=NameAcquired
   string ":1.2"
method call time=2 sender=:1.5 -> destination=org.freedesktop.Notifications serial=9 path=/org/freedesktop/Notifications; interface=org.freedesktop.Notifications; member=Notify
   string "Advocates"
   uint32 0
   string ""
   string "3 thoughtful acts today"
   string "First: Thank Ben for the referral"
   array [
   ]
method call time=3 sender=:1.5 -> destination=org.freedesktop.Notifications serial=10 path=/org/freedesktop/Notifications; interface=org.freedesktop.Notifications; member=GetServerInformation
"#;
        assert_eq!(
            parse_notifications(log),
            vec![Notification {
                app_name: "Advocates".into(),
                summary: "3 thoughtful acts today".into(),
                body: "First: Thank Ben for the referral".into(),
            }]
        );
    }
}
