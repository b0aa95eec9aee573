import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Loads a status document from a location: an `http(s)://` URL or a file.
public protocol StatusDocumentLoader: Sendable {
    /// The document's bytes.
    func load(_ location: String) throws(StatusFeedError) -> Data
}

/// Loads status documents from files and over HTTP(S), with a timeout.
public struct StatusSourceLoader: StatusDocumentLoader {
    /// The largest document accepted.
    public static let maximumBytes = 8 * 1024 * 1024

    /// How long one document may take to arrive, from asking to the last byte.
    public var timeout: TimeInterval

    public init(timeout: TimeInterval) {
        self.timeout = timeout
    }

    /// Whether `location` is fetched over the network.
    public static func isRemote(_ location: String) -> Bool {
        let lower = location.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    public func load(_ location: String) throws(StatusFeedError) -> Data {
        if Self.isRemote(location) {
            guard let url = URL(string: location) else {
                throw .connection(location: location, reason: "not a valid URL")
            }
            return try fetch(url, location: location)
        }
        let path = location.hasPrefix("file://") ? (URL(string: location)?.path ?? location) : location
        guard FileManager.default.fileExists(atPath: path) else {
            throw .unreadable(location: location, reason: "no such file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(location: location, reason: "the file cannot be read")
        }
        if data.count > Self.maximumBytes { throw .tooLarge(location: location, bytes: Self.maximumBytes) }
        return data
    }

    private func fetch(_ url: URL, location: String) throws(StatusFeedError) -> Data {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        let session = URLSession(configuration: configuration)
        defer { session.invalidateAndCancel() }
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        request.setValue("Helpdesk status watcher", forHTTPHeaderField: "User-Agent")

        let outcome = FetchOutcome()
        let task = session.dataTask(with: request) { data, response, error in
            outcome.finish(data: data, response: response, error: error)
        }
        task.resume()
        // URLSession enforces the timeout; this deadline is a backstop should it not fire.
        guard outcome.wait(until: .now() + timeout + 1) else {
            task.cancel()
            throw .timedOut(location: location, seconds: timeout)
        }
        let (data, response, error) = outcome.result
        if let error {
            throw Self.describe(error, location: location, timeout: timeout)
        }
        if let http = response as? HTTPURLResponse, !(200..<300).contains(http.statusCode) {
            throw .httpStatus(location: location, code: http.statusCode)
        }
        let body = data ?? Data()
        if body.count > Self.maximumBytes { throw .tooLarge(location: location, bytes: Self.maximumBytes) }
        return body
    }

    private static func describe(_ error: any Error, location: String, timeout: TimeInterval) -> StatusFeedError {
        guard let urlError = error as? URLError else {
            return .connection(location: location, reason: error.localizedDescription)
        }
        switch urlError.code {
        case .timedOut: return .timedOut(location: location, seconds: timeout)
        case .cannotConnectToHost: return .connection(location: location, reason: "connection refused")
        case .cannotFindHost, .dnsLookupFailed: return .connection(location: location, reason: "unknown host")
        case .networkConnectionLost: return .connection(location: location, reason: "the connection was lost")
        case .notConnectedToInternet: return .connection(location: location, reason: "no network")
        case .badServerResponse: return .connection(location: location, reason: "the server's answer is not valid HTTP")
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate:
            return .connection(location: location, reason: "the TLS connection failed (\(urlError.code.rawValue))")
        default: return .connection(location: location, reason: "network error \(urlError.code.rawValue)")
        }
    }
}

/// The result of one request, handed from URLSession's queue to the waiting caller.
private final class FetchOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)
    private var stored: (Data?, URLResponse?, (any Error)?) = (nil, nil, nil)

    func finish(data: Data?, response: URLResponse?, error: (any Error)?) {
        lock.lock()
        stored = (data, response, error)
        lock.unlock()
        done.signal()
    }

    /// Waits for the result; `false` when `deadline` passed first.
    func wait(until deadline: DispatchTime) -> Bool { done.wait(timeout: deadline) == .success }

    var result: (Data?, URLResponse?, (any Error)?) {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }
}
