extension Schema {
    /// `v2-status-history`: what changed in the service status and when, and every incident
    /// seen (the current view in `status_*` only holds what the feed lists now).
    static let v2StatusHistory = """
        CREATE TABLE status_history (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            source TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind = 'component' OR kind = 'incident' OR kind = 'incident_update'),
            component_id TEXT,
            incident_id TEXT,
            name TEXT NOT NULL,
            old_value TEXT,
            new_value TEXT,
            body TEXT
        );
        CREATE INDEX status_history_on_at ON status_history (at);
        CREATE INDEX status_history_on_incident_id ON status_history (incident_id) WHERE incident_id IS NOT NULL;

        CREATE TABLE status_incident_archive (
            id TEXT NOT NULL PRIMARY KEY,
            name TEXT NOT NULL,
            status TEXT NOT NULL,
            impact TEXT NOT NULL,
            started_at TEXT NOT NULL,
            resolved_at TEXT,
            is_maintenance BOOLEAN NOT NULL DEFAULT 0,
            scheduled_for TEXT,
            scheduled_until TEXT,
            shortlink TEXT,
            component_ids TEXT NOT NULL DEFAULT '[]',
            component_names TEXT NOT NULL DEFAULT '[]',
            last_seen_at TEXT NOT NULL
        );
        CREATE INDEX status_incident_archive_on_started_at ON status_incident_archive (started_at);
        """
}
