//! Thin IPC commands, one file per domain. Each unpacks its arguments, calls the core and maps the error.

use tauri::{ipc::Invoke, Runtime};

pub mod backups;
pub mod encryption;
pub mod goals;
pub mod import;
pub mod ladder;
pub mod people;
pub mod records;
pub mod settings;
pub mod today;
pub mod updates;

#[cfg(test)]
mod tests;

pub fn handler<R: Runtime>() -> impl Fn(Invoke<R>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        backups::get_recovery,
        backups::list_backups,
        backups::back_up_now,
        backups::restore_backup,
        backups::list_trash,
        backups::restore_from_trash,
        backups::forget_trash,
        backups::set_private_notifications,
        backups::get_private_notifications,
        encryption::get_protection,
        encryption::encrypt_book,
        encryption::set_book_passphrase,
        encryption::unlock_book,
        encryption::lock_book,
        encryption::get_lock_after,
        encryption::set_lock_after,
        today::get_today,
        today::act_on_suggestion,
        today::snooze_all,
        today::undo_snooze_all,
        today::get_date,
        today::get_day_summary,
        today::load_sample,
        today::remove_sample,
        today::dismiss_close_hint,
        today::quit_app,
        settings::get_settings,
        settings::update_settings,
        settings::update_preferences,
        people::list_people,
        people::create_person,
        people::search_people,
        people::list_tags,
        people::get_person,
        people::update_person,
        people::set_power,
        people::set_person_status,
        people::delete_person,
        people::get_timeline,
        people::explain_person,
        records::preview_quick_log,
        records::log_interaction,
        records::log_with_new_people,
        records::update_interaction,
        records::delete_interaction,
        records::record_event,
        records::update_event,
        records::delete_event,
        records::record_favor,
        records::update_favor,
        records::mark_favor_thanked,
        records::delete_favor,
        records::add_follow_up,
        records::update_follow_up,
        records::complete_follow_up,
        records::delete_follow_up,
        goals::list_goals,
        goals::create_goal,
        goals::update_goal,
        goals::delete_goal,
        goals::list_goal_helpers,
        goals::list_items,
        goals::save_item,
        goals::update_item,
        goals::delete_item,
        ladder::get_ladder,
        ladder::get_review,
        ladder::accept_proposal,
        ladder::undo_accept_proposal,
        ladder::refuse_proposal,
        ladder::undo_refuse_proposal,
        ladder::get_review_settings,
        ladder::update_review_settings,
        import::pick_import_file,
        import::preview_import,
        import::run_import,
        import::undo_import,
        import::list_duplicates,
        import::merge_people,
        import::mark_not_duplicates,
        import::undo_not_duplicates,
        updates::get_about,
        updates::check_for_updates,
        updates::install_update,
    ]
}
