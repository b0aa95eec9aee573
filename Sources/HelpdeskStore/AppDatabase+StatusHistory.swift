import Foundation
import GRDB
import HelpdeskCore

extension AppDatabase {
    /// Changes to the service status that happened at or after `since` (all when `nil`),
    /// oldest first.
    public func statusHistory(since: Date? = nil) throws -> [StatusHistoryEntry] {
        try read("statusHistory") { db in
            var request = StatusHistoryRecord.order(StatusHistoryRecord.Columns.at, StatusHistoryRecord.Columns.id)
            if let since { request = request.filter(StatusHistoryRecord.Columns.at >= since) }
            return try request.fetchAll(db).map {
                StatusHistoryEntry(id: $0.id ?? 0, change: $0.change, recordedAt: $0.recordedAt, source: $0.source)
            }
        }
    }

    /// Incidents and maintenance that started, or ended, at or after `since`, newest first, with
    /// every update Helpdesk saw on them (oldest first), whether or not the feed still lists them.
    public func pastIncidents(since: Date) throws -> [PastIncident] {
        try read("pastIncidents") { db in
            let archived =
                try StatusIncidentArchiveRecord
                .filter(
                    StatusIncidentArchiveRecord.Columns.startedAt >= since
                        || StatusIncidentArchiveRecord.Columns.resolvedAt >= since
                        || StatusIncidentArchiveRecord.Columns.resolvedAt == nil
                )
                .order(StatusIncidentArchiveRecord.Columns.startedAt.desc, StatusIncidentArchiveRecord.Columns.id)
                .fetchAll(db)
            var updates: [String: [IncidentUpdate]] = [:]
            let rows =
                try StatusHistoryRecord
                .filter(StatusHistoryRecord.Columns.kind == StatusChange.Kind.incidentUpdate.rawValue)
                .filter(archived.map(\.id).contains(StatusHistoryRecord.Columns.incidentID))
                .order(StatusHistoryRecord.Columns.at, StatusHistoryRecord.Columns.id)
                .fetchAll(db)
            for row in rows {
                guard let incidentID = row.incidentID else { continue }
                let status = row.newValue.flatMap(IncidentStatus.init(rawValue:)) ?? .investigating
                let count = updates[incidentID]?.count ?? 0
                updates[incidentID, default: []].append(
                    IncidentUpdate(id: "\(incidentID)-h\(count + 1)", status: status, body: row.body ?? "", createdAt: row.at))
            }
            return archived.map { $0.pastIncident(updates: updates[$0.id] ?? []) }
        }
    }
}
