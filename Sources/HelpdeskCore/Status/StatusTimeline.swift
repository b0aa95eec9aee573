import Foundation

/// The service status as it was at any moment, rebuilt from the recorded history: every incident
/// seen (with its updates) and every component state change. Batch runs answer old messages from it,
/// so that an incident is mentioned only while it was going on.
///
/// Snapshots are cached by the interval between two recorded events, so a run over messages in
/// time order rebuilds a snapshot only when the status actually changed.
public struct StatusTimeline: Sendable {
    /// One recorded change of a component's state.
    public struct ComponentChange: Sendable, Equatable {
        public var componentID: String
        public var at: Date
        /// The state before (`nil`: the component was new).
        public var oldStatus: ComponentStatus?
        /// The state after (`nil`: the component went away).
        public var newStatus: ComponentStatus?

        public init(componentID: String, at: Date, oldStatus: ComponentStatus?, newStatus: ComponentStatus?) {
            self.componentID = componentID
            self.at = at
            self.oldStatus = oldStatus
            self.newStatus = newStatus
        }
    }

    private let components: [StatusComponent]
    private let incidents: [Incident]
    private let changesByComponent: [String: [ComponentChange]]
    /// Every moment at which the status changed, ascending and unique.
    private let eventTimes: [Date]
    private let isEmpty: Bool

    /// A timeline from the components as they are now, every incident seen (resolved ones
    /// included, each with its updates) and the component changes, in any order.
    public init(components: [StatusComponent], incidents: [Incident], componentChanges: [ComponentChange]) {
        self.components = components
        self.incidents = incidents
        var byComponent: [String: [ComponentChange]] = [:]
        for change in componentChanges { byComponent[change.componentID, default: []].append(change) }
        self.changesByComponent = byComponent.mapValues { $0.sorted { $0.at < $1.at } }
        var times = Set(componentChanges.map(\.at))
        for incident in incidents {
            times.insert(incident.startedAt)
            if let resolvedAt = incident.resolvedAt { times.insert(resolvedAt) }
            if let scheduledFor = incident.scheduledFor { times.insert(scheduledFor) }
            if let scheduledUntil = incident.scheduledUntil { times.insert(scheduledUntil) }
            for update in incident.updates { times.insert(update.createdAt) }
        }
        self.eventTimes = times.sorted()
        self.isEmpty = components.isEmpty && incidents.isEmpty && componentChanges.isEmpty
    }

    /// The number of recorded events before or at `date`: two dates with the same count see the
    /// same status.
    public func epoch(at date: Date) -> Int {
        var low = 0
        var high = eventTimes.count
        while low < high {
            let middle = (low + high) / 2
            if eventTimes[middle] <= date { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The status as it stood at `date`. `fetchedAt` is `date` itself when anything was ever
    /// recorded (the history is taken as what was known then), `nil` when nothing was.
    public func status(at date: Date) -> ServiceStatus {
        if isEmpty { return ServiceStatus() }
        let componentsThen = components.compactMap { component -> StatusComponent? in
            guard let status = componentStatus(component.id, current: component.status, at: date) else { return nil }
            var then = component
            then.status = status
            return then
        }
        let incidentsThen = incidents.compactMap { incident(as: $0, stoodAt: date) }
        return ServiceStatus(components: componentsThen, incidents: incidentsThen, fetchedAt: date, source: "history")
    }

    /// The component's state at `date`: the last change at or before it, else the state before
    /// the first change after it, else its current state; `nil` when it did not exist then.
    private func componentStatus(_ id: String, current: ComponentStatus, at date: Date) -> ComponentStatus? {
        guard let changes = changesByComponent[id], !changes.isEmpty else { return current }
        if let last = changes.last(where: { $0.at <= date }) { return last.newStatus }
        return changes[0].oldStatus
    }

    /// The incident as it stood at `date`, or `nil` when it had not started (nor been announced).
    private func incident(as incident: Incident, stoodAt date: Date) -> Incident? {
        let announcedAt = incident.updates.map(\.createdAt).min() ?? incident.startedAt
        guard min(announcedAt, incident.startedAt) <= date else { return nil }
        var then = incident
        then.updates = incident.updates.filter { $0.createdAt <= date }
        if let resolvedAt = incident.resolvedAt, resolvedAt > date {
            then.resolvedAt = nil
            then.status = openStatus(of: then, at: date)
        } else if incident.resolvedAt == nil, let latest = then.latestUpdate {
            then.status = latest.status
        }
        return then
    }

    /// The state of an incident that was still open at `date`: its latest update's, else
    /// scheduled or in progress for maintenance, else investigating.
    private func openStatus(of incident: Incident, at date: Date) -> IncidentStatus {
        if let latest = incident.latestUpdate, !latest.status.isClosed { return latest.status }
        guard incident.isMaintenance else { return .investigating }
        if let scheduledFor = incident.scheduledFor, scheduledFor > date { return .scheduled }
        return .inProgress
    }
}
