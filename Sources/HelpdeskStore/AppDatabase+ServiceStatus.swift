import Foundation
import GRDB
import HelpdeskCore

extension AppDatabase {
    /// The source recorded for changes made with ``setComponent(name:status:incident:at:)``.
    public static let manualStatusSource = "manual"

    /// How many rows of `status_fetches` are kept; older ones are pruned on each new one.
    static let keptStatusFetches = 10_000

    /// The stored view of the service's health: components by position, incidents newest first
    /// (each with its component ids and its updates, oldest update first), and when and where
    /// the view was last learnt (the newest successful fetch; `nil` when there was none).
    public func serviceStatus() throws -> ServiceStatus {
        try read("serviceStatus") { db in
            var status = try Self.storedView(db)
            let lastFetch =
                try StatusFetchRecord
                .filter(StatusFetchRecord.Columns.ok == true)
                .order(StatusFetchRecord.Columns.fetchedAt.desc, StatusFetchRecord.Columns.id.desc)
                .fetchOne(db)
            status.fetchedAt = lastFetch?.fetchedAt
            status.source = lastFetch?.source
            return status
        }
    }

    /// The components and incidents stored now (without when they were learnt).
    static func storedView(_ db: Database) throws -> ServiceStatus {
        let components =
            try StatusComponentRecord
            .order(StatusComponentRecord.Columns.position, StatusComponentRecord.Columns.name)
            .fetchAll(db)
            .map(\.component)
        var componentIDs: [String: [String]] = [:]
        for link in try StatusIncidentComponentRecord.order(sql: "rowid").fetchAll(db) {
            componentIDs[link.incidentID, default: []].append(link.componentID)
        }
        var updates: [String: [IncidentUpdate]] = [:]
        let updateOrder = [StatusIncidentUpdateRecord.Columns.createdAt, StatusIncidentUpdateRecord.Columns.id]
        for update in try StatusIncidentUpdateRecord.order(updateOrder).fetchAll(db) {
            updates[update.incidentID, default: []].append(update.update)
        }
        let incidents =
            try StatusIncidentRecord
            .order(StatusIncidentRecord.Columns.startedAt.desc, StatusIncidentRecord.Columns.id)
            .fetchAll(db)
            .map { $0.incident(componentIDs: componentIDs[$0.id] ?? [], updates: updates[$0.id] ?? []) }
        return ServiceStatus(components: components, incidents: incidents)
    }

    /// Replaces the stored view with `status` (components, incidents, their links and updates),
    /// records what changed in the status history (and every incident in the archive), and
    /// records a successful fetch, in one transaction. `status.fetchedAt` and `status.source` are
    /// ignored in favour of the arguments. Duplicate ids keep their first occurrence.
    ///
    /// - Returns: What changed since the stored view, oldest first (empty when nothing did).
    @discardableResult
    public func saveServiceStatus(_ status: ServiceStatus, fetchedAt: Date, source: String) throws -> [StatusChange] {
        try write("saveServiceStatus") { db in
            let old = try Self.storedView(db)
            try StatusIncidentUpdateRecord.deleteAll(db)
            try StatusIncidentComponentRecord.deleteAll(db)
            try StatusIncidentRecord.deleteAll(db)
            try StatusComponentRecord.deleteAll(db)

            var seenComponents: Set<String> = []
            for component in status.components where seenComponents.insert(component.id).inserted {
                try StatusComponentRecord(component).insert(db)
            }
            var seenIncidents: Set<String> = []
            var seenUpdates: Set<String> = []
            for incident in status.incidents where seenIncidents.insert(incident.id).inserted {
                try StatusIncidentRecord(incident).insert(db)
                var seenLinks: Set<String> = []
                for componentID in incident.componentIDs where seenLinks.insert(componentID).inserted {
                    try StatusIncidentComponentRecord(incidentID: incident.id, componentID: componentID).insert(db)
                }
                for update in incident.updates where seenUpdates.insert(update.id).inserted {
                    try StatusIncidentUpdateRecord(update, incidentID: incident.id).insert(db)
                }
            }
            let changes = try StatusHistoryWriter.record(from: old, to: status, learntAt: fetchedAt, source: source, db)
            try Self.recordFetch(StatusFetchRecord(fetchedAt: fetchedAt, source: source, ok: true), db)
            return changes
        }
    }

    /// Records that fetching the status from `source` failed; the stored view is kept.
    public func recordStatusFetchFailure(source: String, at date: Date, error: String) throws {
        try write("recordStatusFetchFailure") { db in
            try Self.recordFetch(StatusFetchRecord(fetchedAt: date, source: source, ok: false, error: error), db)
        }
    }

    /// The latest fetch attempts, newest first (failures included).
    public func statusFetches(last count: Int) throws -> [StatusFetch] {
        try read("statusFetches") { db in
            try StatusFetchRecord
                .order(StatusFetchRecord.Columns.fetchedAt.desc, StatusFetchRecord.Columns.id.desc)
                .limit(max(count, 0))
                .fetchAll(db)
                .map {
                    StatusFetch(id: $0.id ?? 0, fetchedAt: $0.fetchedAt, source: $0.source, ok: $0.ok, error: $0.error)
                }
        }
    }

    /// Sets a component's state by hand (`helpdesk status set COMPONENT STATE --incident TEXT`).
    ///
    /// The component is found by id or (case-insensitively) by name, or created with the slug of
    /// `name` as its id. With `incident` text and a state other than `operational`, a manual
    /// incident is opened on the component, or the open one gets an update. Setting
    /// `operational` resolves the component's open manual incidents (with `incident` as the
    /// closing note, if given). The change is recorded in the status history and as a fetch
    /// from ``manualStatusSource``.
    ///
    /// - Throws: ``StoreError/invalidComponentName(_:)`` when `name` has no letters or digits.
    public func setComponent(name: String, status: ComponentStatus, incident: String?, at date: Date) throws {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        let slug = Slug.make(name)
        if slug.isEmpty { throw StoreError.invalidComponentName(name) }
        let note = incident.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        try write("setComponent") { db in
            let old = try Self.storedView(db)
            let componentID = try ManualStatus.upsertComponent(name: name, slug: slug, status: status, at: date, db)
            let open = try ManualStatus.openIncidents(componentID: componentID, db)
            if status == .operational {
                for incident in open {
                    try ManualStatus.resolve(incident, note: note, at: date, db)
                }
            } else if let note {
                if let incident = open.last {
                    try ManualStatus.addUpdate(to: incident, status: status, body: note, at: date, db)
                } else {
                    try ManualStatus.openIncident(componentID: componentID, status: status, text: note, at: date, db)
                }
            }
            _ = try StatusHistoryWriter.record(
                from: old, to: try Self.storedView(db), learntAt: date, source: Self.manualStatusSource, db)
            try Self.recordFetch(StatusFetchRecord(fetchedAt: date, source: Self.manualStatusSource, ok: true), db)
        }
    }

    private static func recordFetch(_ fetch: StatusFetchRecord, _ db: Database) throws {
        var fetch = fetch
        try fetch.insert(db)
        try db.execute(
            sql:
                "DELETE FROM status_fetches WHERE id <= (SELECT id FROM status_fetches ORDER BY id DESC LIMIT 1 OFFSET ?)",
            arguments: [keptStatusFetches])
    }
}
