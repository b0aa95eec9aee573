import Foundation

/// Where the companion documents of a feed are: Cachet's incidents beside its components,
/// Uptime Kuma's heartbeats beside its status page. The same rules work for URLs and files.
enum FeedLocation {
    /// `location` with its last path component changed by `transform` (`nil`: cannot be changed).
    static func changingLastComponent(_ location: String, _ transform: (String) -> String?) -> String? {
        changingPath(location) { path in
            let trailingSlash = path.hasSuffix("/") && path.count > 1
            var parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            if trailingSlash { parts.removeLast() }
            guard let last = parts.last, !last.isEmpty, let changed = transform(last) else { return nil }
            parts[parts.count - 1] = changed
            return parts.joined(separator: "/") + (trailingSlash ? "/" : "")
        }
    }

    /// `location` with `path` (of a URL, or the file path) changed by `transform`.
    static func changingPath(_ location: String, _ transform: (String) -> String?) -> String? {
        guard StatusSourceLoader.isRemote(location) else { return transform(location) }
        guard var components = URLComponents(string: location), let path = transform(components.percentEncodedPath) else {
            return nil
        }
        components.percentEncodedPath = path
        return components.string
    }

    /// Cachet: `…/api/v1/components` → `…/api/v1/incidents`; `feed/components.json` → `feed/incidents.json`.
    static func cachetIncidents(besides components: String) -> String? {
        changingLastComponent(components) { last in
            guard let range = last.range(of: "components", options: .backwards) else { return nil }
            return last.replacingCharacters(in: range, with: "incidents")
        }
    }

    /// Cachet: a site's address (`https://status.example.com`) → its `/api/v1/components`.
    static func cachetComponents(from location: String) -> String {
        guard StatusSourceLoader.isRemote(location) else { return location }
        return changingPath(location) { path in
            if path.contains("components") { return path }
            let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
            return trimmed.hasSuffix("/api/v1") ? trimmed + "/components" : trimmed + "/api/v1/components"
        } ?? location
    }

    /// Uptime Kuma: `…/api/status-page/SLUG` → `…/api/status-page/heartbeat/SLUG`; `kuma/main.json` →
    /// `kuma/heartbeat/main.json`.
    static func kumaHeartbeats(besides page: String) -> String? {
        changingLastComponent(page) { "heartbeat/" + $0 }
    }

    /// Uptime Kuma: the public page `…/status/SLUG` → its API `…/api/status-page/SLUG`.
    static func kumaPage(from location: String) -> String {
        guard StatusSourceLoader.isRemote(location) else { return location }
        return changingPath(location) { path in
            guard !path.contains("/api/status-page/"), let range = path.range(of: "/status/", options: .backwards) else {
                return path
            }
            return path.replacingCharacters(in: range, with: "/api/status-page/")
        } ?? location
    }
}
