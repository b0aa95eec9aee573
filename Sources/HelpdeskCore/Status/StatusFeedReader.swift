import Foundation

/// A status feed read into Helpdesk's model.
public struct FeedReading: Sendable, Equatable {
    /// What the feed says, in Helpdesk's model.
    public var status: ServiceStatus
    /// The format it was read as.
    public var format: StatusFeedFormat
    /// Parts of the document that were left out (a state Helpdesk cannot use, a monitor with no
    /// heartbeats), one sentence each.
    public var notes: [String]

    public init(status: ServiceStatus, format: StatusFeedFormat, notes: [String] = []) {
        self.status = status
        self.format = format
        self.notes = notes
    }
}

/// Reads a status feed from a file or URL: detects the format (or takes the one given), fetches
/// the companion documents it needs, and maps everything onto ``ServiceStatus``.
public struct StatusFeedReader: Sendable {
    /// The most pages of a paginated Cachet list that are followed.
    static let maximumPages = 20

    let loader: any StatusDocumentLoader

    public init(loader: any StatusDocumentLoader) {
        self.loader = loader
    }

    /// Reads `source` as `format` (`nil`: detect it from the document).
    public func read(_ source: String, format: StatusFeedFormat? = nil) throws(StatusFeedError) -> FeedReading {
        let primary: String
        switch format {
        case .cachet: primary = FeedLocation.cachetComponents(from: source)
        case .uptimeKuma: primary = FeedLocation.kumaPage(from: source)
        case .statuspage, nil: primary = source
        }
        let data = try loader.load(primary)
        guard let format = format ?? StatusFeedFormat.detect(data) else {
            throw .unrecognised(location: primary, hint: StatusFeedFormat.hint(for: data))
        }
        do {
            switch format {
            case .statuspage:
                return FeedReading(status: try StatuspageSummary.parse(data), format: format)
            case .cachet:
                return try readCachet(first: data, at: primary)
            case .uptimeKuma:
                guard let heartbeats = FeedLocation.kumaHeartbeats(besides: primary) else {
                    throw StatusFeedError.unreadable(location: primary, reason: "cannot tell where its heartbeats are")
                }
                let reading = try UptimeKumaFeed.parse(page: data, heartbeats: try loader.load(heartbeats))
                return FeedReading(status: reading.status, format: format, notes: reading.notes)
            }
        } catch let error as StatusFeedError {
            throw error
        } catch let error as StatuspageSummary.ParseError {
            throw .malformed(location: primary, format: format, message: error.message)
        } catch {
            throw .malformed(location: primary, format: format, message: "\(error)")
        }
    }

    private func readCachet(first: Data, at location: String) throws -> FeedReading {
        guard let incidentsLocation = FeedLocation.cachetIncidents(besides: location) else {
            throw StatusFeedError.unreadable(
                location: location, reason: "cannot tell where the Cachet incidents are; name the components document (…/api/v1/components)")
        }
        let components = try pages(startingWith: first)
        let incidents = try pages(startingWith: try loader.load(incidentsLocation))
        let reading = try CachetFeed.parse(components: components, incidents: incidents, incidentsLocation: incidentsLocation)
        return FeedReading(status: reading.status, format: .cachet, notes: reading.notes)
    }

    /// A Cachet list and the pages after it (`meta.pagination.links.next_page`).
    private func pages(startingWith first: Data) throws -> [Data] {
        var pages = [first]
        var next = CachetFeed.nextPage(of: first)
        while let location = next, pages.count < Self.maximumPages {
            let page = try loader.load(location)
            pages.append(page)
            next = CachetFeed.nextPage(of: page)
        }
        return pages
    }
}
