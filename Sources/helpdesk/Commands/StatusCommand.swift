import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

extension ComponentStatus: ExpressibleByArgument {}

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Follow, show and publish the live service status.",
        subcommands: [
            Set.self, Import.self, Watch.self, Show.self, History.self, Export.self, Page.self, Announce.self,
        ])

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set a component's state, optionally opening an incident on it (operational resolves it).")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "Component name, e.g. \"Amazon channel\", Dashboard, \"Royal Mail\".") var component: String
        @Argument(help: "operational, degraded_performance, partial_outage, major_outage or under_maintenance.") var state: ComponentStatus
        @Option(help: "Incident text to open or update on the component.") var incident: String?

        func run() throws {
            let context = AppContext(options: global)
            try context.database().setComponent(name: component, status: state, incident: incident, at: context.clock.now())
            Console.print("\(component): \(state.rawValue)" + (incident.map { " — \($0)" } ?? ""))
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the service status as Helpdesk knows it.")

        @OptionGroup var global: GlobalOptions
        @Option(help: "Output format: text or json.") var format: OutputFormat = .text

        func run() throws {
            let context = AppContext(options: global)
            let database = try context.database()
            let status = try database.serviceStatus()
            let lastAttempt = try database.statusFetches(last: 1).first
            let now = context.clock.now()
            let open = status.openIncidents(at: now)
            switch format {
            case .json:
                Console.print(StableJSON.string(StatusDocument(status, open: open, lastAttempt: lastAttempt, now: now), pretty: true))
            case .text:
                let age = status.fetchedAt.map { "as of \(ISO8601.format($0)) (\(DurationText.compact(now.timeIntervalSince($0))) ago)" } ?? "never fetched"
                Console.print("Overall: \(status.overall.rawValue), \(age)" + (status.source.map { ", from \($0)" } ?? ""))
                if let lastAttempt, !lastAttempt.ok {
                    Console.print("Last fetch failed at \(ISO8601.format(lastAttempt.fetchedAt)): \(lastAttempt.error ?? "unknown error")")
                }
                for component in status.components.sorted(by: { $0.position < $1.position }) {
                    Console.print("  \(component.name): \(component.status.rawValue)")
                }
                for incident in open {
                    let kind = incident.isMaintenance ? "Maintenance" : "Incident"
                    Console.print("\(kind): \(incident.name) [\(incident.status.rawValue)] since \(ISO8601.format(incident.startedAt))")
                    if let update = incident.latestUpdate { Console.print("  \(update.body)") }
                }
            }
        }
    }
}

/// The service status as JSON (`status show --format json`). Every key is always present.
struct StatusDocument: Encodable {
    struct Component: Encodable { var id: String; var name: String; var status: String; var group: String? }
    struct OpenIncident: Encodable {
        var id: String; var name: String; var status: String; var impact: String; var started_at: String
        var components: [String]; var latest_update: String?; var maintenance: Bool; var scheduled_until: String?
    }
    struct Attempt: Encodable { var at: String; var ok: Bool; var error: String? }
    var overall: String
    var fetched_at: String?
    var age_seconds: Double?
    var source: String?
    var last_attempt: Attempt?
    var components: [Component]
    var open_incidents: [OpenIncident]

    init(_ status: ServiceStatus, open: [Incident], lastAttempt: StatusFetch?, now: Date) {
        overall = status.overall.rawValue
        fetched_at = status.fetchedAt.map(ISO8601.format)
        age_seconds = status.fetchedAt.map { now.timeIntervalSince($0) }
        source = status.source
        last_attempt = lastAttempt.map { Attempt(at: ISO8601.format($0.fetchedAt), ok: $0.ok, error: $0.error) }
        components = status.components.map { Component(id: $0.id, name: $0.name, status: $0.status.rawValue, group: $0.groupName) }
        open_incidents = open.map {
            OpenIncident(
                id: $0.id, name: $0.name, status: $0.status.rawValue, impact: $0.impact.rawValue, started_at: ISO8601.format($0.startedAt),
                components: $0.componentIDs, latest_update: $0.latestUpdate?.body, maintenance: $0.isMaintenance,
                scheduled_until: $0.scheduledUntil.map(ISO8601.format))
        }
    }

    enum CodingKeys: String, CodingKey {
        case overall, fetched_at, age_seconds, source, last_attempt, components, open_incidents
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(overall, forKey: .overall)
        try container.encode(fetched_at, forKey: .fetched_at)
        try container.encode(age_seconds, forKey: .age_seconds)
        try container.encode(source, forKey: .source)
        try container.encode(last_attempt, forKey: .last_attempt)
        try container.encode(components, forKey: .components)
        try container.encode(open_incidents, forKey: .open_incidents)
    }
}
