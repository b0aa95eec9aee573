import Foundation

/// An incident or maintenance as Helpdesk remembers it after the feed has moved on: for the
/// status page's list of recent incidents.
public struct PastIncident: Codable, Sendable, Equatable {
    /// The incident, with every update Helpdesk saw (oldest first).
    public var incident: Incident
    /// Names of the components it affected, as they were then.
    public var componentNames: [String]

    public init(incident: Incident, componentNames: [String]) {
        self.incident = incident
        self.componentNames = componentNames
    }
}
