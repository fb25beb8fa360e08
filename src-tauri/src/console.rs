//! On Windows the GUI subsystem has no console: attach to the parent's so the CLI can print. Elsewhere, nothing.

#[cfg(windows)]
pub fn attach_to_parent() {
    extern "system" {
        fn AttachConsole(process_id: u32) -> i32;
    }
    const ATTACH_PARENT_PROCESS: u32 = u32::MAX;
    // SAFETY: AttachConsole has no preconditions; failure (no parent console) is harmless.
    unsafe {
        AttachConsole(ATTACH_PARENT_PROCESS);
    }
}

#[cfg(not(windows))]
pub fn attach_to_parent() {}
