//! The headless CLI: the same `advocates` binary, given a subcommand, works on the book without opening a window or
//! needing a display. Each command unpacks its arguments, calls the core and maps the error to an exit code:
//! 0 ok; 2 bad usage or invalid input (the message on stderr names the field or JSON path and the value); 1 anything
//! else (a broken disk, a corrupt database).

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use advocates_core::crypt::{keychain, sealed, KeyFile, Protection, Unlock};
use advocates_core::engine::{Digest, FeedbackEffect, FeedbackInput, FeedbackOutcome};
use advocates_core::import::{self as contacts, dedupe, Format, ImportOptions, ImportReport};
use advocates_core::ladder::{Review, Stats};
use advocates_core::model::{parse_day, DismissReason, FeedbackAction, Initiator, Interaction, InteractionKind};
use advocates_core::store::backup::{self, BackupKind};
use advocates_core::store::{interactions, trash};
use advocates_core::{archive, Error, Store};
use advocates_core::{standings, suggestions};
use chrono::NaiveDate;
use clap::builder::{PossibleValuesParser, TypedValueParser};
use zeroize::Zeroizing;

const EXAMPLES: &str = "\
Examples:
  advocates --data-dir /tmp/book import book.json
  advocates import contacts.vcf --dry-run
  advocates import Connections.csv --json
  advocates duplicates
  advocates merge ana-lima ana-lima-2
  advocates not-duplicates maya-chen maya-chen-2
  advocates --today 2025-03-10 suggest
  advocates suggest --json
  advocates explain ana
  advocates done thank:f1 --also
  advocates snooze check_in:ben:2025-01-20 --until 2025-03-20
  advocates dismiss share:chloe:c1 --reason not_relevant
  advocates log --with ana,ben --kind meal --minutes 90 --summary \"Dinner after the meetup\"
  advocates export --out backup.json
  advocates export --format vcard --out contacts.vcf
  advocates backups
  advocates restore advocates-2026-11-29.db
  advocates delete ben-ode
  advocates trash
  advocates undelete 3
  advocates stats --json
  advocates --today 2025-03-09 review
  advocates encrypt
  ADVOCATES_PASSPHRASE='…' advocates suggest
  advocates export --encrypt --out book.sealed

Encryption: a new book is encrypted with a random key kept in the OS keychain. Where no keychain answers, set
ADVOCATES_PASSPHRASE (or answer the prompt on a terminal) to unlock a book with its passphrase, or to give a new
book one; without either a new book is created unencrypted (with a warning). ADVOCATES_KEYCHAIN=off keeps the
keychain out.

Exit codes: 0 ok; 2 bad usage, invalid input, a locked book or a wrong passphrase (stderr says which); 1 any other
failure.";

#[derive(Debug, clap::Parser)]
#[command(
    name = "advocates",
    version,
    about = "Turn a few contacts into advocates. Without a command, opens the app.",
    long_about = "Advocates keeps your people and what happens between you in a book on this machine, and proposes a \
                  few thoughtful acts each day.\n\nWithout a command, opens the app. With a command, works on the book \
                  headless: no window, no display needed.",
    after_help = EXAMPLES
)]
pub struct Cli {
    /// Where the book lives (default: ADVOCATES_DATA_DIR, else the OS app-data dir).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// The date the command acts on (default: the local date).
    #[arg(long, global = true, value_name = "YYYY-MM-DD", value_parser = day_arg)]
    pub today: Option<NaiveDate>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Import an archive, or contacts exported from another tool (vCard, LinkedIn, Google, Outlook, CSV).
    ///
    /// The format is detected from the content. An archive (the advocates-archive JSON format) comes in all or
    /// nothing: records are added, an id the book already holds is an error, settings given replace the book's,
    /// feedback is appended; on any error nothing is written. Contacts are matched against the book: one with an
    /// email, phone, LinkedIn profile or vCard UID already there is merged into that person (filling only what is
    /// empty); near matches are added and queued as possible duplicates (see `duplicates`). A card or row that cannot
    /// be read is skipped and reported with its line; the rest comes in. A file of no known format, an empty one or
    /// one over 64 MiB is refused (exit 2) and nothing is written.
    Import {
        /// The file to read; `-` reads standard input.
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Read the file as this format instead of detecting it.
        #[arg(long, value_name = "FORMAT", value_parser = format_arg())]
        format: Option<Format>,
        /// Report what the import would do, and write nothing.
        #[arg(long)]
        dry_run: bool,
        /// Print the report as JSON: {"format","added","merged","queued","skipped":[{"line","reason"}]}.
        #[arg(long)]
        json: bool,
    },
    /// Export the whole book as an archive (the advocates-archive JSON format), or its people as vCards.
    ///
    /// Two exports of one book are byte-identical apart from `exported_at`. A vCard export (4.0, one card per
    /// person) imported into an empty book gives back the same people.
    Export {
        /// Write to FILE (replacing it) instead of standard output.
        #[arg(long, short, value_name = "FILE")]
        out: Option<PathBuf>,
        /// archive (the default) or vcard.
        #[arg(long, value_name = "FORMAT", value_parser = PossibleValuesParser::new(["archive", "vcard"]), default_value = "archive")]
        format: String,
        /// Seal the archive with a passphrase (ADVOCATES_EXPORT_PASSPHRASE, else ADVOCATES_PASSPHRASE, else asked
        /// twice on the terminal): Argon2id and XChaCha20-Poly1305. `import` reads it back with the same passphrase.
        #[arg(long, conflicts_with = "format")]
        encrypt: bool,
    },
    /// Look for possible duplicates across the book and list them, strongest first, with the reasons.
    Duplicates {
        /// Print the list as JSON: [{"people":[ID,ID],"score","reasons":[…]}].
        #[arg(long)]
        json: bool,
    },
    /// Merge one person into another: everything of OTHER (interactions, events, favors, follow-ups, goals, history,
    /// feedback) moves to KEEP, which gains what it lacked; OTHER is gone.
    Merge {
        /// The person to keep.
        #[arg(value_name = "KEEP")]
        keep: String,
        /// The person merged into KEEP.
        #[arg(value_name = "OTHER")]
        other: String,
    },
    /// Say two people are not the same person: the pair leaves the duplicates and never comes back.
    NotDuplicates {
        #[arg(value_name = "A")]
        a: String,
        #[arg(value_name = "B")]
        b: String,
    },
    /// Show today's suggestions, each with why now, why them and why this act. Read-only.
    Suggest {
        /// Print the digest as JSON (ENGINE.md §7) instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Show every candidate act for one person and what became of it (chosen, merged, gated, below the threshold…).
    Explain {
        /// The person's id.
        #[arg(value_name = "PERSON")]
        person: String,
        /// Print the explanation as JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Mark a suggestion done (a thank-you also marks the favor thanked; a promise or follow-up, done).
    Done {
        /// The suggestion's id, as `suggest` shows it (e.g. `thank:f1`).
        #[arg(value_name = "ID")]
        id: String,
        /// Mark the acts merged into it (its "also" lines) done too, each with its effect.
        #[arg(long)]
        also: bool,
    },
    /// Snooze a suggestion until a date.
    Snooze {
        /// The suggestion's id, as `suggest` shows it.
        #[arg(value_name = "ID")]
        id: String,
        /// The suggestion may return on this date.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = day_arg)]
        until: NaiveDate,
    },
    /// Dismiss a suggestion, with the reason (it tunes what the engine suggests).
    Dismiss {
        /// The suggestion's id, as `suggest` shows it.
        #[arg(value_name = "ID")]
        id: String,
        /// not_relevant: never again · not_this_person: not this kind for them for 90 days · wrong_timing: back in 3
        /// days · already_done: counts as done.
        #[arg(long, value_name = "REASON", value_parser = reason_arg())]
        reason: DismissReason,
    },
    /// Take a verified backup of the book now, into the backups folder beside it (or to FILE).
    Backup {
        /// Write the backup to FILE (a new file) instead of the backups folder.
        #[arg(long, short, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// List the backups beside the book, newest first (a daily one is taken the first time each day the book is
    /// opened; 14 daily and 8 weekly ones are kept, and one before each migration or restore).
    Backups {
        /// Print the list as JSON: [{"file","taken_on","kind","bytes"}].
        #[arg(long)]
        json: bool,
    },
    /// Replace the book with a backup (a file name from `backups`, or a path), after saving the current book as a
    /// backup too. The backup is checked first; a damaged one is refused and nothing changes.
    Restore {
        #[arg(value_name = "FILE")]
        file: String,
    },
    /// Delete a person and everything that is only theirs, into the trash (restorable for 30 days with `undelete`).
    Delete {
        /// The person's id.
        #[arg(value_name = "PERSON")]
        person: String,
    },
    /// List what is in the trash, most recently deleted first.
    Trash {
        /// Print the list as JSON: [{"id","kind","record_id","label","deleted_on","keep_until"}].
        #[arg(long)]
        json: bool,
    },
    /// Put a trash entry back where it was (its number, as `trash` shows it).
    Undelete {
        #[arg(value_name = "ID")]
        id: i64,
    },
    /// How many advocates you have: the ladder's counts, the advocates and allies with their evidence, the open
    /// proposals to move someone up or down, and the counts per stage for each of the last 12 months. Read-only.
    Stats {
        /// Print as JSON: {"stages": {…}, "advocates": […], "proposals": […], "trend": [{"month", "acquaintance",
        /// "friend", "ally", "advocate"}]}.
        #[arg(long)]
        json: bool,
    },
    /// The weekly review for the seven days ending --today: acts done, interactions and their time, who moved up,
    /// proposals waiting, favors not yet thanked, promises due next week, and this week against the weeks before.
    Review {
        /// Print the review as JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Encrypt the book in place (SQLCipher), and the backups beside it. Its key goes to the OS keychain; a
    /// passphrase (ADVOCATES_PASSPHRASE, or asked on the terminal where no keychain answers) also unlocks it. A
    /// backup is taken first, and the encrypted copy is checked before it replaces the plain one.
    Encrypt,
    /// Decrypt the book in place back to plain SQLite (a backup is taken first; encrypted backups stay encrypted).
    Decrypt,
    /// Set or change the passphrase that unlocks the encrypted book (ADVOCATES_NEW_PASSPHRASE, else asked twice on
    /// the terminal).
    Passphrase,
    /// Say whether the book is encrypted and what unlocks it.
    Encryption {
        /// Print as JSON: {"encrypted","keychain","passphrase","keychain_available","created_unencrypted"}.
        #[arg(long)]
        json: bool,
    },
    /// Log an interaction with one or more people.
    Log {
        /// The people's ids, comma-separated.
        #[arg(long, value_name = "P[,P…]", value_delimiter = ',', required = true, num_args = 1..)]
        with: Vec<String>,
        /// What kind of interaction it was.
        #[arg(long, value_name = "KIND", value_parser = kind_arg())]
        kind: InteractionKind,
        /// When it happened (default: --today).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = day_arg)]
        date: Option<NaiveDate>,
        /// How long it lasted, in minutes (0–1440).
        #[arg(long, value_name = "N")]
        minutes: Option<u32>,
        /// A line on what it was about.
        #[arg(long, value_name = "TEXT")]
        summary: Option<String>,
    },
}

fn day_arg(text: &str) -> Result<NaiveDate, String> {
    parse_day(text).ok_or_else(|| format!("\"{text}\" is not a valid date (YYYY-MM-DD)"))
}

fn kind_arg() -> impl TypedValueParser<Value = InteractionKind> {
    PossibleValuesParser::new(InteractionKind::ALL.iter().map(|k| k.as_str()))
        .map(|text| InteractionKind::parse(&text).expect("a possible value"))
}

fn format_arg() -> impl TypedValueParser<Value = Format> {
    PossibleValuesParser::new(Format::ALL.iter().map(|f| f.as_str()))
        .map(|text| Format::parse(&text).expect("a possible value"))
}

fn reason_arg() -> impl TypedValueParser<Value = DismissReason> {
    PossibleValuesParser::new(DismissReason::ALL.iter().map(|r| r.as_str()))
        .map(|text| DismissReason::parse(&text).expect("a possible value"))
}

/// What went wrong, and whose fault it was: the exit code follows.
enum Failure {
    /// Bad usage or invalid input: exit 2.
    Input(String),
    /// Anything else: exit 1.
    Other(String),
}

impl From<Error> for Failure {
    fn from(err: Error) -> Failure {
        if err.is_user_error() {
            Failure::Input(err.to_string())
        } else {
            Failure::Other(err.to_string())
        }
    }
}

type Outcome = Result<(), Failure>;

/// Opens the book: the keychain (or ADVOCATES_PASSPHRASE) unlocks an encrypted one; where neither does and this is
/// a terminal, the passphrase is asked for once.
fn open(data_dir: &Path, today: NaiveDate) -> advocates_core::Result<Store> {
    let unlock = Unlock::from_env();
    match Store::open_book(data_dir, today, &unlock) {
        Err(Error::Locked { message }) if unlock.passphrase.is_none() && has_passphrase(data_dir) && is_terminal() => {
            eprintln!("{message}");
            let passphrase = ask("Passphrase: ").map_err(Error::from)?;
            Store::open_book(data_dir, today, &Unlock { passphrase: Some(passphrase), keychain: unlock.keychain })
        }
        opened => opened,
    }
}

fn has_passphrase(data_dir: &Path) -> bool {
    KeyFile::read(&data_dir.join(advocates_core::store::DB_FILE)).ok().flatten().is_some_and(|r| r.passphrase.is_some())
}

fn is_terminal() -> bool {
    use std::io::IsTerminal;
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

fn ask(prompt: &str) -> std::io::Result<Zeroizing<String>> {
    rpassword::prompt_password(prompt).map(Zeroizing::new)
}

/// A new passphrase: from `env` (or ADVOCATES_PASSPHRASE when `env` is that), else typed twice on a terminal.
fn new_passphrase(env: &str) -> Result<Zeroizing<String>, Failure> {
    if let Some(p) = std::env::var(env).ok().filter(|p| !p.is_empty()) {
        return Ok(Zeroizing::new(p));
    }
    if !is_terminal() {
        return Err(Failure::Input(format!("no passphrase: set {env}, or run this in a terminal to be asked")));
    }
    let io = |e: std::io::Error| Failure::Other(e.to_string());
    let first = ask("New passphrase: ").map_err(io)?;
    let second = ask("The same again: ").map_err(io)?;
    if first != second {
        return Err(Failure::Input("the two passphrases differ; nothing was changed".into()));
    }
    advocates_core::crypt::check_passphrase(&first)?;
    Ok(first)
}

/// The passphrase of a sealed archive: ADVOCATES_EXPORT_PASSPHRASE, else ADVOCATES_PASSPHRASE, else asked.
fn archive_passphrase(new: bool) -> Result<Zeroizing<String>, Failure> {
    for env in [EXPORT_PASSPHRASE_ENV, advocates_core::crypt::PASSPHRASE_ENV] {
        if let Some(p) = std::env::var(env).ok().filter(|p| !p.is_empty()) {
            return Ok(Zeroizing::new(p));
        }
    }
    if new {
        return new_passphrase(EXPORT_PASSPHRASE_ENV);
    }
    if !is_terminal() {
        return Err(Failure::Input(format!(
            "this archive is encrypted: set {EXPORT_PASSPHRASE_ENV} (or run this in a terminal to be asked)"
        )));
    }
    ask("Passphrase of the archive: ").map_err(|e| Failure::Other(e.to_string()))
}

/// The passphrase of an archive sealed by `export --encrypt`.
pub const EXPORT_PASSPHRASE_ENV: &str = "ADVOCATES_EXPORT_PASSPHRASE";

/// Runs one command on the book in `data_dir` and returns the process's exit code.
pub fn run(cli: &Cli, command: &Command, data_dir: &Path) -> ExitCode {
    let today = cli.today.unwrap_or_else(crate::clock::today);
    let opened = open(data_dir, today);
    if let Ok(store) = &opened {
        if store.created_unencrypted() {
            eprintln!(
                "advocates: no OS keychain and no passphrase here, so this new book is not encrypted \
                 (`advocates encrypt` encrypts it)"
            );
        }
    }
    let result = match (opened, command) {
        (Ok(store), _) => execute(&store, command, today),
        // A locked book stays as it is: no key, no restore over it.
        (Err(err @ (Error::Locked { .. } | Error::WrongPassphrase)), _) => Err(Failure::from(err)),
        // A book that cannot be opened can still be replaced by a backup.
        (Err(_), Command::Restore { file }) => Store::unopened(&data_dir.join(advocates_core::store::DB_FILE))
            .map_err(Failure::from)
            .and_then(|store| restore(&store, file, today)),
        (Err(err), _) => Err(Failure::Other(format!(
            "cannot open the book in {}: {err}{}",
            data_dir.display(),
            match latest_good(data_dir) {
                Some(b) =>
                    format!("\nThe latest good backup is {} — `advocates restore {}` puts it back.", b.file, b.file),
                None => String::new(),
            }
        ))),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Input(message)) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
        Err(Failure::Other(message)) => {
            eprintln!("error: {message}");
            ExitCode::from(1)
        }
    }
}

/// The newest backup that verifies, for a book that cannot be opened (an encrypted book's with its key, if found).
fn latest_good(data_dir: &Path) -> Option<backup::Backup> {
    let book = data_dir.join(advocates_core::store::DB_FILE);
    let key = advocates_core::crypt::key_for(&book, &Unlock::from_env()).ok().map(|(key, _)| key);
    backup::latest_good(&book, key.as_ref())
}

fn execute(store: &Store, command: &Command, today: NaiveDate) -> Outcome {
    match command {
        Command::Import { file, format, dry_run, json } => {
            import(store, file, ImportOptions { format: *format, dry_run: *dry_run }, *json, today)
        }
        Command::Export { out, format: _, encrypt: true } => export_sealed(store, out.as_deref()),
        Command::Export { out, format, encrypt: false } => export(store, out.as_deref(), format == "vcard"),
        Command::Duplicates { json } => list_duplicates(store, *json),
        Command::Merge { keep, other } => {
            let kept = store.write(|tx| dedupe::merge(tx, keep, other, today))?;
            emit(&format!("Merged {other} into {} ({}).\n", kept.id, kept.name))
        }
        Command::NotDuplicates { a, b } => {
            store.write(|tx| dedupe::not_duplicates(tx, a, b))?;
            emit(&format!("Noted: {a} and {b} are different people.\n"))
        }
        Command::Suggest { json } => suggest(store, today, *json),
        Command::Explain { person, json } => explain(store, today, person, *json),
        Command::Done { id, also: false } => feedback(store, today, id, FeedbackInput::Done),
        Command::Done { id, also: true } => {
            let outcome = store.write(|tx| {
                let also = suggestions::also_of(tx, id, today)?;
                suggestions::record_done_with_also(tx, id, &also, today)
            })?;
            emit(&render_feedback(&outcome))
        }
        Command::Snooze { id, until } => feedback(store, today, id, FeedbackInput::Snooze { until: *until }),
        Command::Dismiss { id, reason } => feedback(store, today, id, FeedbackInput::Dismiss { reason: *reason }),
        Command::Backup { out: Some(out) } => {
            store.backup_to(out)?;
            emit(&format!("Backed up the book to {}.\n", out.display()))
        }
        Command::Backup { out: None } => {
            let taken = store.backup(today, BackupKind::Manual)?;
            emit(&format!("Backed up the book to {} ({}).\n", taken.file, size(taken.bytes)))
        }
        Command::Backups { json } => list_backups(store, *json),
        Command::Restore { file } => restore(store, file, today),
        Command::Delete { person } => {
            let entry = store.write(|tx| trash::delete_person(tx, person, today))?;
            emit(&format!(
                "Deleted {} — in the trash until {} (`advocates undelete {}` brings them back).\n",
                entry.label, entry.keep_until, entry.id
            ))
        }
        Command::Trash { json } => list_trash(store, *json),
        Command::Undelete { id } => {
            let entry = store.write(|tx| trash::restore(tx, *id))?;
            emit(&format!("Restored {}.\n", entry.label))
        }
        Command::Stats { json } => {
            let stats = standings::stats_for(store, today)?;
            if *json {
                emit(&format!("{}\n", serde_json::to_string_pretty(&stats).expect("stats serialize")))
            } else {
                emit(&render_stats(&stats))
            }
        }
        Command::Review { json } => {
            let review = standings::review_for(store, today)?;
            if *json {
                emit(&format!("{}\n", serde_json::to_string_pretty(&review).expect("a review serializes")))
            } else {
                emit(&render_review(&review))
            }
        }
        Command::Encrypt => {
            if store.protection(&keychain::NONE)?.encrypted {
                return Err(Failure::Input("this book is already encrypted".into()));
            }
            let keychain = keychain::from_env();
            // Where the keychain cannot keep the key, a passphrase must (asked for here when not set).
            let passphrase = match advocates_core::crypt::passphrase_from_env() {
                Some(p) => Some(p),
                None if !keychain.available() => Some(new_passphrase(advocates_core::crypt::PASSPHRASE_ENV)?),
                None => None,
            };
            let protection = store.encrypt(&Unlock { passphrase, keychain }, today)?;
            emit(&format!("The book is encrypted; {}.\n", unlocked_by(&protection)))
        }
        Command::Decrypt => {
            store.decrypt(today)?;
            emit("The book is decrypted: plain SQLite again (the backups taken while it was encrypted stay encrypted).\n")
        }
        Command::Passphrase => {
            if !store.protection(&keychain::NONE)?.encrypted {
                return Err(Failure::Input("this book is not encrypted: `advocates encrypt` encrypts it first".into()));
            }
            let passphrase = new_passphrase("ADVOCATES_NEW_PASSPHRASE")?;
            store.set_passphrase(&passphrase)?;
            emit("Passphrase set: it unlocks this book where the keychain cannot.\n")
        }
        Command::Encryption { json } => {
            let protection = store.protection(keychain::from_env())?;
            if *json {
                emit(&format!("{}\n", serde_json::to_string_pretty(&protection).expect("serializes")))
            } else if protection.encrypted {
                emit(&format!("Encrypted; {}.\n", unlocked_by(&protection)))
            } else {
                emit("Not encrypted (`advocates encrypt` encrypts it).\n")
            }
        }
        Command::Log { with, kind, date, minutes, summary } => {
            let interaction = Interaction {
                id: String::new(),
                date: date.unwrap_or(today),
                kind: *kind,
                with: with.clone(),
                initiator: Initiator::Me,
                minutes: *minutes,
                summary: summary.clone(),
            };
            log(store, interaction)
        }
    }
}

/// What unlocks an encrypted book, in words.
fn unlocked_by(protection: &Protection) -> &'static str {
    match (protection.keychain, protection.passphrase) {
        (true, true) => "the OS keychain unlocks it, and so does its passphrase",
        (true, false) => "the OS keychain unlocks it (no passphrase is set: `advocates passphrase` sets one)",
        (false, true) => "its passphrase unlocks it",
        (false, false) => "nothing on this machine unlocks it",
    }
}

fn import(store: &Store, file: &Path, options: ImportOptions, json: bool, today: NaiveDate) -> Outcome {
    // A file that cannot be read is bad usage, like a misspelt argument.
    let cannot_read = |err: std::io::Error| Failure::Input(format!("cannot read {}: {err}", file.display()));
    // Never more than one byte past the limit in memory: the core refuses the file by its size.
    let limit = contacts::MAX_BYTES as u64 + 1;
    let mut bytes = Vec::new();
    if file == Path::new("-") {
        std::io::stdin().take(limit).read_to_end(&mut bytes).map_err(cannot_read)?;
    } else {
        let opened = std::fs::File::open(file).map_err(cannot_read)?;
        contacts::check_size(opened.metadata().map_err(cannot_read)?.len())?;
        opened.take(limit).read_to_end(&mut bytes).map_err(cannot_read)?;
    }
    if sealed::is_sealed(&bytes) {
        let passphrase = archive_passphrase(false)?;
        bytes = match sealed::open_archive(&bytes, &passphrase) {
            Ok(plain) => plain.to_vec(),
            Err(Error::WrongPassphrase) => {
                return Err(Failure::Input("wrong passphrase: it does not open this encrypted archive".into()))
            }
            Err(err) => return Err(err.into()),
        };
    }
    let plain = !json && !options.dry_run;
    if plain && options.format.or_else(|| contacts::detect(&bytes)) == Some(Format::Archive) {
        return import_archive(&bytes, file, store);
    }
    let report = contacts::import(store, &bytes, options, today)?;
    if json {
        emit(&format!("{}\n", serde_json::to_string_pretty(&report).expect("a report serializes")))
    } else {
        emit(&render_import(&report, options.dry_run))
    }
}

/// The archive's own path and summary, as before contacts could be imported.
fn import_archive(bytes: &[u8], file: &Path, store: &Store) -> Outcome {
    let text =
        std::str::from_utf8(bytes).map_err(|err| Failure::Input(format!("cannot read {}: {err}", file.display())))?;
    let summary = archive::import_json(store, text)?;
    let counts = [
        (summary.people, "people"),
        (summary.interactions, "interactions"),
        (summary.events, "life events"),
        (summary.favors, "favors"),
        (summary.follow_ups, "follow-ups"),
        (summary.goals, "goals"),
        (summary.items, "saved items"),
        (summary.feedback, "feedback entries"),
        (summary.changes, "stage and circle changes"),
        (summary.settings, "settings"),
    ];
    let parts: Vec<String> = counts.iter().map(|(n, what)| format!("{n} {what}")).collect();
    emit(&format!("Imported {}.\n", parts.join(", ")))
}

/// An import's report as text: what came in, what was merged or queued, and each skipped line with its reason.
pub fn render_import(report: &ImportReport, dry_run: bool) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let people = |n: usize| if n == 1 { "1 person".to_owned() } else { format!("{n} people") };
    let pairs = |n: usize| if n == 1 { "1 pair".to_owned() } else { format!("{n} pairs") };
    let (verb, add, merge) = if dry_run {
        ("Dry run, nothing written", "would add", "would merge")
    } else {
        ("Imported", "added", "merged")
    };
    let _ = writeln!(
        out,
        "{verb} ({}): {add} {}, {merge} {} into people already in the book, {} queued as possible duplicates.",
        report.format,
        people(report.added),
        people(report.merged),
        pairs(report.queued)
    );
    if report.queued > 0 && !dry_run {
        let _ = writeln!(out, "See them with `advocates duplicates`.");
    }
    if !report.skipped.is_empty() {
        let _ = writeln!(out, "Skipped {}:", report.skipped.len());
        for s in &report.skipped {
            let _ = writeln!(out, "  line {}: {}", s.line, s.reason);
        }
    }
    out
}

fn list_duplicates(store: &Store, json: bool) -> Outcome {
    let pairs = store.write(dedupe::scan)?;
    if json {
        return emit(&format!("{}\n", serde_json::to_string_pretty(&pairs).expect("pairs serialize")));
    }
    if pairs.is_empty() {
        return emit("No possible duplicates.\n");
    }
    let mut text = String::new();
    for p in &pairs {
        text += &format!("{:.2}  {} ~ {}  ({})\n", p.score, p.people[0], p.people[1], p.reasons.join(", "));
    }
    text += "\nMerge with `advocates merge KEEP OTHER`, or keep both with `advocates not-duplicates A B`.\n";
    emit(&text)
}

/// The archive sealed with a passphrase.
fn export_sealed(store: &Store, out: Option<&Path>) -> Outcome {
    let passphrase = archive_passphrase(true)?;
    let now = crate::clock::now().with_timezone(&chrono::Utc).format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let text = Zeroizing::new(archive::export(store, Some(&now))?);
    let bytes = sealed::seal_archive(text.as_bytes(), &passphrase)?;
    match out {
        None => emit_bytes(&bytes),
        Some(path) => write_replacing(path, &bytes)
            .map_err(|err| Failure::Other(format!("cannot write {}: {err}", path.display()))),
    }
}

fn export(store: &Store, out: Option<&Path>, vcard: bool) -> Outcome {
    let text = if vcard {
        contacts::vcard::export(store)?
    } else {
        let now = crate::clock::now().with_timezone(&chrono::Utc).format("%Y-%m-%dT%H:%M:%SZ").to_string();
        archive::export(store, Some(&now))?
    };
    match out {
        None => emit(&text),
        Some(path) => write_replacing(path, text.as_bytes())
            .map_err(|err| Failure::Other(format!("cannot write {}: {err}", path.display()))),
    }
}

/// Writes beside the target, then renames over it: a failed write never leaves half a backup.
fn write_replacing(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let name = path.file_name().ok_or_else(|| std::io::Error::other("not a file name"))?;
    let mut temp_name = std::ffi::OsString::from(".");
    temp_name.push(name);
    temp_name.push(format!(".{}.tmp", std::process::id()));
    let temp = path.with_file_name(temp_name);
    // A fresh user-only file: never one planted before (a symlink), never readable by others.
    let created =
        advocates_core::store::create_new_private_file(&temp).map_err(|e| std::io::Error::other(e.to_string()));
    let result = created.and_then(|mut f| {
        f.write_all(bytes)?;
        f.sync_all()
    });
    match result.and_then(|()| std::fs::rename(&temp, path)) {
        Ok(()) => Ok(()),
        Err(err) => {
            let _ = std::fs::remove_file(&temp);
            Err(err)
        }
    }
}

fn suggest(store: &Store, today: NaiveDate, json: bool) -> Outcome {
    let digest = suggestions::digest_for(store, today)?;
    if json {
        emit(&format!("{}\n", serde_json::to_string_pretty(&digest).expect("a digest serializes")))
    } else {
        emit(&render_digest(&digest))
    }
}

/// The digest as text: numbered acts with their action, effort and the three why-lines, and the id to act on.
pub fn render_digest(digest: &Digest) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let date = digest.date.format("%A %Y-%m-%d");
    if digest.suggestions.is_empty() {
        let _ = writeln!(out, "{date}: nothing to suggest today.");
        return out;
    }
    let count = digest.suggestions.len();
    let _ = writeln!(out, "{date}: {count} suggestion{}", if count == 1 { "" } else { "s" });
    for (n, s) in digest.suggestions.iter().enumerate() {
        let mut tags = vec![s.kind.to_string()];
        if s.hard {
            tags.push("today".to_owned());
        }
        tags.push(format!("{} min", s.effort_minutes));
        if let Some(due) = s.due {
            tags.push(format!("due {due}"));
        }
        let _ = writeln!(out, "\n{}. {}  [{}]", n + 1, s.title, tags.join(" · "));
        let _ = writeln!(out, "   {}", s.action);
        let _ = writeln!(out, "   Why now:  {}", s.why.now);
        let _ = writeln!(out, "   Why them: {}", s.why.them);
        let _ = writeln!(out, "   Why this: {}", s.why.this);
        for also in &s.also {
            let _ = writeln!(out, "   Also: {} ({})", also.title, also.id);
        }
        let _ = writeln!(out, "   id: {}", s.id);
    }
    out
}

fn explain(store: &Store, today: NaiveDate, person: &str, json: bool) -> Outcome {
    let explanation = suggestions::explain_for(store, today, person)?;
    if json {
        emit(&format!("{}\n", serde_json::to_string_pretty(&explanation).expect("an explanation serializes")))
    } else {
        emit(&explanation.to_string())
    }
}

fn feedback(store: &Store, today: NaiveDate, id: &str, input: FeedbackInput) -> Outcome {
    let outcome = store.write(|tx| suggestions::record_feedback(tx, id, &input, today))?;
    emit(&render_feedback(&outcome))
}

/// What a done, snooze or dismiss did, and for a done, how to log the act.
pub fn render_feedback(outcome: &FeedbackOutcome) -> String {
    let f = &outcome.feedback;
    let what = match (f.action, f.reason, f.until) {
        (FeedbackAction::Snoozed, _, Some(until)) => format!("Snoozed until {until}"),
        (FeedbackAction::Dismissed, Some(reason), _) => format!("Dismissed ({reason})"),
        _ => "Done".to_owned(),
    };
    let mut out = format!("{what}: {} [{}]\n", outcome.title, outcome.id);
    for also in &outcome.also_done {
        out += &format!("Done too: {} [{}]\n", also.title, also.id);
        out += &effect_line(&also.effect);
    }
    out += &effect_line(&outcome.effect);
    if let Some(p) = &outcome.interaction {
        out += &format!(
            "Log it: advocates log --with {} --kind {} --date {} --summary \"{}\"\n",
            p.people.join(","),
            p.kind,
            p.date,
            p.summary.replace('"', "\\\"")
        );
    }
    out
}

fn effect_line(effect: &Option<FeedbackEffect>) -> String {
    match effect {
        Some(FeedbackEffect::FavorThanked { favor, on }) => format!("Favor {favor} marked thanked on {on}.\n"),
        Some(FeedbackEffect::FollowUpDone { follow_up, on }) => format!("Follow-up {follow_up} marked done on {on}.\n"),
        None => String::new(),
    }
}

/// The ladder as text: the answer, who stands where and why, the proposals and the trend.
pub fn render_stats(stats: &Stats) -> String {
    use std::fmt::Write as _;
    let s = &stats.stages;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} ({})",
        advocates_core::ladder::text::headline(s.advocate, s.ally, s.friend),
        advocates_core::ladder::text::count(s.acquaintance, "acquaintance", "acquaintances")
    );
    if stats.advocates.is_empty() {
        let _ = writeln!(out, "\nNo advocates or allies yet: they grow from favors given and returned.");
    } else {
        let _ = writeln!(out, "\nAdvocates and allies:");
        for e in &stats.advocates {
            let _ = writeln!(out, "  {:<9} {}  ({})\n            {}", e.stage.as_str(), e.name, e.person, e.line);
        }
    }
    if stats.proposals.is_empty() {
        let _ = writeln!(out, "\nNo proposals: the ladder matches the evidence.");
    } else {
        let _ = writeln!(out, "\nProposals:");
        for p in &stats.proposals {
            let arrow = if p.up { "↑" } else { "↓" };
            let _ = writeln!(out, "  {arrow} {}  [{} → {}]", p.text, p.from, p.to);
        }
    }
    let _ = writeln!(out, "\nMonth     acquaintance  friend  ally  advocate");
    for m in &stats.trend {
        let _ =
            writeln!(out, "{:<9} {:>12}  {:>6}  {:>4}  {:>8}", m.month, m.acquaintance, m.friend, m.ally, m.advocate);
    }
    out
}

/// The weekly review as text.
pub fn render_review(r: &Review) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let _ = writeln!(out, "Week of {} to {}", r.week_start, r.week_end);
    let _ = writeln!(out, "{}", r.comparison);
    let _ = writeln!(
        out,
        "Acts done: {} (about {} min) · interactions logged: {} ({} min)",
        r.acts_done, r.acts_minutes, r.interactions, r.interaction_minutes
    );
    if !r.moved_up.is_empty() {
        let _ = writeln!(out, "\nMoved up the ladder:");
        for m in &r.moved_up {
            let _ = writeln!(out, "  {}: {} → {} on {}", m.name, m.from, m.to, m.on);
        }
    }
    if !r.proposals.is_empty() {
        let _ = writeln!(out, "\nProposals waiting:");
        for p in &r.proposals {
            let _ = writeln!(out, "  {}", p.text);
        }
    }
    if r.unthanked_count > 0 {
        let _ = writeln!(out, "\nFavors not yet thanked ({}):", r.unthanked_count);
        for u in &r.unthanked {
            let _ = writeln!(out, "  {} — {} on {} ({})", u.name, u.kind, u.date, u.favor);
        }
    }
    if !r.promises.is_empty() {
        let _ = writeln!(out, "\nPromises due by next week:");
        for p in &r.promises {
            let late = if p.overdue { " (overdue)" } else { "" };
            let _ = writeln!(out, "  {} — {}: due {}{late}", p.name, p.text, p.due);
        }
    }
    let _ = writeln!(out, "\nThoughtful acts per week:");
    for w in &r.weeks {
        let _ = writeln!(out, "  week ending {}: {}", w.week_ending, w.acts);
    }
    out
}

/// Writes to standard output. A reader that went away (`… | head -1`) ends the command quietly and successfully:
/// what it wanted was printed. Any other write error is a failure.
fn emit(text: &str) -> Outcome {
    emit_bytes(text.as_bytes())
}

fn emit_bytes(bytes: &[u8]) -> Outcome {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(err) => Err(Failure::Other(format!("cannot write the output: {err}"))),
    }
}

fn size(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 20 => format!("{:.1} MB", b as f64 / (1u64 << 20) as f64),
        b => format!("{} KB", b.div_ceil(1024)),
    }
}

fn book_path(store: &Store) -> Result<&Path, Failure> {
    store.path().ok_or_else(|| Failure::Other("the book has no file".into()))
}

fn list_backups(store: &Store, json: bool) -> Outcome {
    let all = backup::list(book_path(store)?)?;
    if json {
        return emit(&format!("{}\n", serde_json::to_string_pretty(&all).expect("backups serialize")));
    }
    if all.is_empty() {
        return emit(
            "No backups yet: one is taken the first time each day the book is opened, once it holds someone.\n",
        );
    }
    let lines: Vec<String> = all
        .iter()
        .map(|b| {
            let why = match b.kind {
                BackupKind::Daily => "daily",
                BackupKind::Manual => "asked for",
                BackupKind::BeforeMigration => "before an upgrade",
                BackupKind::BeforeRestore => "before a restore",
                BackupKind::BeforeConversion => "before encrypting or decrypting",
            };
            format!("{}  {}  {why}  {}", b.file, b.taken_on, size(b.bytes))
        })
        .collect();
    emit(&format!("{}\n", lines.join("\n")))
}

fn restore(store: &Store, file: &str, today: NaiveDate) -> Outcome {
    let source = backup::resolve(book_path(store)?, file);
    if !source.exists() {
        return Err(Failure::Input(format!("{file}: no such backup (see `advocates backups`)")));
    }
    match store.restore_backup(&source, today)? {
        Some(saved) => emit(&format!(
            "Restored the book from {file}; what was there before is saved as a backup ({}).\n",
            saved.file
        )),
        None => emit(&format!(
            "Restored the book from {file}; the file that could not be opened is kept aside beside it.\n"
        )),
    }
}

fn list_trash(store: &Store, json: bool) -> Outcome {
    let entries = store.read(trash::list)?;
    if json {
        return emit(&format!("{}\n", serde_json::to_string_pretty(&entries).expect("entries serialize")));
    }
    if entries.is_empty() {
        return emit("The trash is empty.\n");
    }
    let lines: Vec<String> = entries
        .iter()
        .map(|e| {
            format!(
                "{:>4}  {}  ({}, deleted {}, kept until {})",
                e.id,
                e.label,
                e.kind.as_str(),
                e.deleted_on,
                e.keep_until
            )
        })
        .collect();
    emit(&format!("{}\n", lines.join("\n")))
}

fn log(store: &Store, mut interaction: Interaction) -> Outcome {
    // An empty id asks the store for a fresh, readable one (`2025-03-09-meal`, `2025-03-09-meal-2`…), as the app does.
    interaction.id.clear();
    let logged = store.write(|tx| interactions::create(tx, interaction))?;
    emit(&format!("Logged {}: {} with {} on {}.\n", logged.id, logged.kind, logged.with.join(", "), logged.date))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::{CommandFactory, Parser};

    #[test]
    fn the_cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn arguments_parse_into_typed_values() {
        let cli = Cli::try_parse_from([
            "advocates",
            "--today",
            "2025-03-10",
            "log",
            "--with",
            "ana,ben",
            "--kind",
            "meal",
            "--minutes",
            "90",
        ])
        .unwrap();
        assert_eq!(cli.today, NaiveDate::from_ymd_opt(2025, 3, 10));
        match cli.command {
            Some(Command::Log { with, kind, minutes, date, .. }) => {
                assert_eq!(
                    (with, kind, minutes, date),
                    (vec!["ana".into(), "ben".into()], InteractionKind::Meal, Some(90), None)
                );
            }
            other => panic!("{other:?}"),
        }
        let cli =
            Cli::try_parse_from(["advocates", "dismiss", "x:y", "--reason", "wrong_timing", "--today", "2025-01-01"]);
        assert!(matches!(cli.unwrap().command, Some(Command::Dismiss { reason: DismissReason::WrongTiming, .. })));
    }

    #[test]
    fn bad_usage_is_refused_by_clap_with_exit_code_2() {
        for args in [
            vec!["advocates", "--today", "2025-02-30", "suggest"],
            vec!["advocates", "dismiss", "x:y", "--reason", "bored"],
            vec!["advocates", "log", "--kind", "meal"],
            vec!["advocates", "log", "--with", "ana", "--kind", "dinner"],
            vec!["advocates", "snooze", "x:y"],
            vec!["advocates", "frobnicate"],
        ] {
            let err = Cli::try_parse_from(&args).unwrap_err();
            assert_eq!(err.exit_code(), 2, "{args:?}");
        }
        let err = Cli::try_parse_from(["advocates", "--today", "2025-02-30", "suggest"]).unwrap_err();
        assert!(err.to_string().contains("\"2025-02-30\" is not a valid date"), "{err}");
    }

    #[test]
    fn import_export_and_duplicate_commands_parse() {
        let cli = Cli::try_parse_from(["advocates", "import", "c.vcf", "--format", "vcard", "--dry-run", "--json"]);
        match cli.unwrap().command {
            Some(Command::Import { format, dry_run, json, .. }) => {
                assert_eq!((format, dry_run, json), (Some(Format::Vcard), true, true))
            }
            other => panic!("{other:?}"),
        }
        match Cli::try_parse_from(["advocates", "export", "--format", "vcard"]).unwrap().command {
            Some(Command::Export { format, out: None, encrypt: false }) => assert_eq!(format, "vcard"),
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            Cli::try_parse_from(["advocates", "not-duplicates", "a", "b"]).unwrap().command,
            Some(Command::NotDuplicates { .. })
        ));
        for args in [
            vec!["advocates", "import", "c.vcf", "--format", "pdf"],
            vec!["advocates", "export", "--format", "csv"],
            vec!["advocates", "merge", "only-one"],
        ] {
            assert_eq!(Cli::try_parse_from(&args).unwrap_err().exit_code(), 2, "{args:?}");
        }
    }

    #[test]
    fn an_import_report_reads_as_a_sentence_with_its_skipped_lines() {
        let report = ImportReport {
            format: Format::Linkedin,
            added: 2,
            merged: 1,
            queued: 1,
            skipped: vec![advocates_core::import::Skipped { line: 9, reason: "no name, company or email".into() }],
        };
        assert_eq!(
            render_import(&report, false),
            "Imported (linkedin): added 2 people, merged 1 person into people already in the book, 1 pair queued as \
             possible duplicates.\nSee them with `advocates duplicates`.\nSkipped 1:\n  line 9: no name, company or email\n"
        );
        assert!(render_import(&report, true).starts_with("Dry run, nothing written (linkedin): would add 2 people"));
    }
}
