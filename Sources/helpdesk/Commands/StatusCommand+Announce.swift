import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

extension StatusCommand {
    struct Announce: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a ready-to-send message for each open incident, from the knowledge base's announcement templates.")

        @OptionGroup var global: GlobalOptions
        @Option(help: "Only this language: en or ru (default: both).") var language: Language?
        @Option(help: "Output format: text or json.") var format: OutputFormat = .text

        func run() throws {
            let context = AppContext(options: global)
            let announcer = Announcer(knowledgeBase: try context.knowledgeBase())
            let status = try context.database().serviceStatus()
            let now = context.clock.now()
            let announcements = announcer.announcements(for: status, now: now, languages: language.map { [$0] } ?? Language.allCases)
            switch format {
            case .json:
                Console.print(StableJSON.string(announcements.map(AnnouncementDocument.init), pretty: true))
            case .text:
                if announcements.isEmpty { Console.print("No open incidents: nothing to announce.") }
                for announcement in announcements {
                    Console.print("[\(announcement.language.rawValue)] \(announcement.incidentName)")
                    Console.print(announcement.text)
                    Console.print("")
                }
            }
        }
    }
}

/// One announcement as JSON.
struct AnnouncementDocument: Encodable {
    var incident_id: String
    var incident_name: String
    var maintenance: Bool
    var language: String
    var next_update_at: String
    var text: String

    init(_ announcement: Announcement) {
        incident_id = announcement.incidentID
        incident_name = announcement.incidentName
        maintenance = announcement.isMaintenance
        language = announcement.language.rawValue
        next_update_at = ISO8601.format(announcement.nextUpdateAt)
        text = announcement.text
    }
}
