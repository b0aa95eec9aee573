import Foundation
import GRDB
import HelpdeskCore

extension AppDatabase {
    /// Everything recorded about the service status, as a timeline that can say how it stood at
    /// any moment: the components as they are now, every incident seen (the current view's
    /// incidents win over their archived copies, having the feed's own updates), and every
    /// recorded component change.
    public func statusTimeline() throws -> StatusTimeline {
        let current = try read("statusTimeline") { db in try Self.storedView(db) }
        let archived = try pastIncidents(since: .distantPast).map(\.incident)
        let currentIDs = Set(current.incidents.map(\.id))
        let incidents = current.incidents + archived.filter { !currentIDs.contains($0.id) }
        let changes = try statusHistory().compactMap { entry -> StatusTimeline.ComponentChange? in
            let change = entry.change
            guard change.kind == .component, let componentID = change.componentID else { return nil }
            return StatusTimeline.ComponentChange(
                componentID: componentID, at: change.at,
                oldStatus: change.oldValue.flatMap(ComponentStatus.init(rawValue:)),
                newStatus: change.newValue.flatMap(ComponentStatus.init(rawValue:)))
        }
        return StatusTimeline(components: current.components, incidents: incidents, componentChanges: changes)
    }
}
