import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

extension ComponentStatus: ExpressibleByArgument {}

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Record and show the live service status.", subcommands: [Set.self, Import.self, Show.self])

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

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a Statuspage v2 summary.json file; a bad document keeps the last known status and records the failure.")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "Path of a summary.json file.") var source: String

        func run() throws {
            let context = AppContext(options: global)
            let database = try context.database()
            let now = context.clock.now()
            do {
                guard let data = FileManager.default.contents(atPath: source) else {
                    throw StatuspageSummary.ParseError(message: "cannot read the file")
                }
                let status = try StatuspageSummary.parse(data)
                try database.saveServiceStatus(status, fetchedAt: now, source: source)
                let open = status.openIncidents(at: now).count
                Console.print("\(source): \(status.components.count) components, \(open) open incidents; overall \(status.overall.rawValue)")
            } catch let error as StatuspageSummary.ParseError {
                try database.recordStatusFetchFailure(source: source, at: now, error: error.message)
                Console.error("\(source): \(error.message); the last known status is kept")
                throw ExitCode(1)
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the service status as Helpdesk knows it.")

        @OptionGroup var global: GlobalOptions
        @Option(help: "Output format: text or json.") var format: OutputFormat = .text

        func run() throws {
            let context = AppContext(options: global)
            let status = try context.database().serviceStatus()
            let now = context.clock.now()
            let open = status.openIncidents(at: now)
            switch format {
            case .json:
                Console.print(StableJSON.string(StatusDocument(status, open: open, now: now), pretty: true))
            case .text:
                let age = status.fetchedAt.map { "as of \(ISO8601.format($0)) (\(DurationText.compact(now.timeIntervalSince($0))) ago)" } ?? "never fetched"
                Console.print("Overall: \(status.overall.rawValue), \(age)")
                for component in status.components.sorted(by: { $0.position < $1.position }) {
                    Console.print("  \(component.name): \(component.status.rawValue)")
                }
                for incident in open {
                    Console.print("Incident: \(incident.name) [\(incident.status.rawValue)] since \(ISO8601.format(incident.startedAt))")
                    if let update = incident.latestUpdate { Console.print("  \(update.body)") }
                }
            }
        }
    }
}

/// The service status as JSON.
struct StatusDocument: Encodable {
    struct Component: Encodable { var id: String; var name: String; var status: String; var group: String? }
    struct OpenIncident: Encodable {
        var id: String; var name: String; var status: String; var impact: String; var started_at: String
        var components: [String]; var latest_update: String?; var maintenance: Bool
    }
    var overall: String
    var fetched_at: String?
    var age_seconds: Double?
    var source: String?
    var components: [Component]
    var open_incidents: [OpenIncident]

    init(_ status: ServiceStatus, open: [Incident], now: Date) {
        overall = status.overall.rawValue
        fetched_at = status.fetchedAt.map(ISO8601.format)
        age_seconds = status.fetchedAt.map { now.timeIntervalSince($0) }
        source = status.source
        components = status.components.map { Component(id: $0.id, name: $0.name, status: $0.status.rawValue, group: $0.groupName) }
        open_incidents = open.map {
            OpenIncident(
                id: $0.id, name: $0.name, status: $0.status.rawValue, impact: $0.impact.rawValue, started_at: ISO8601.format($0.startedAt),
                components: $0.componentIDs, latest_update: $0.latestUpdate?.body, maintenance: $0.isMaintenance)
        }
    }
}
