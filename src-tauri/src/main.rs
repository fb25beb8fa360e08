// Without a console window on Windows release builds; the CLI attaches to the parent's console instead.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use clap::Parser;

fn main() -> std::process::ExitCode {
    advocates::console::attach_to_parent();
    let cli = advocates::cli::Cli::parse();
    let data_dir = match advocates::paths::data_dir(cli.data_dir.as_deref()) {
        Ok(dir) => dir,
        Err(message) => {
            eprintln!("advocates: {message}");
            return std::process::ExitCode::from(1);
        }
    };
    match &cli.command {
        Some(command) => advocates::cli::run(&cli, command, &data_dir),
        None => advocates::run(data_dir),
    }
}
