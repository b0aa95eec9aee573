import Foundation
import HelpdeskFAQ

/// Puts an export's files on disk. Each file is written atomically. A folder export records what it
/// wrote in a manifest, so a later export into the same folder removes its own stale files (a guide
/// that was deleted) and never touches files it did not write; a non-empty folder without a
/// manifest is refused.
struct FAQExportWriter {
    /// The manifest's name inside an export folder.
    static let manifestName = ".helpdesk-faq-export"

    struct Failure: Error {
        var message: String
    }

    let destination: URL
    private var files: FileManager { .default }

    /// Writes a one-file export to `destination`, or into it when it is a folder. Returns the path written.
    func writeFile(_ exported: [FAQFile]) throws -> String {
        guard let file = exported.first, exported.count == 1 else { throw Failure(message: "internal: a one-file export made \(exported.count) files") }
        var isFolder: ObjCBool = false
        let target = files.fileExists(atPath: destination.path, isDirectory: &isFolder) && isFolder.boolValue
            ? destination.appendingPathComponent(file.path) : destination
        try write(file.contents, to: target)
        return target.path
    }

    /// Writes a folder export into `destination`. Returns the folder's path.
    func writeFolder(_ exported: [FAQFile]) throws -> String {
        var isFolder: ObjCBool = false
        let exists = files.fileExists(atPath: destination.path, isDirectory: &isFolder)
        if exists, !isFolder.boolValue { throw Failure(message: "\(destination.path) is a file; --out needs a folder for this format") }
        let manifest = destination.appendingPathComponent(Self.manifestName)
        var previous: [String] = []
        if exists {
            let entries = (try? files.contentsOfDirectory(atPath: destination.path)) ?? []
            if let data = files.contents(atPath: manifest.path) {
                previous = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
            } else if !entries.isEmpty {
                throw Failure(message: "\(destination.path) is not empty and holds no earlier FAQ export; choose a new or empty folder")
            }
        }
        for file in exported {
            guard Self.isSafe(file.path) else { throw Failure(message: "internal: unsafe export path \(file.path)") }
            try write(file.contents, to: destination.appendingPathComponent(file.path))
        }
        let current = Set(exported.map(\.path))
        for stale in previous where !current.contains(stale) && Self.isSafe(stale) {
            let url = destination.appendingPathComponent(stale)
            try? files.removeItem(at: url)
            removeEmptyFolders(from: url.deletingLastPathComponent())
        }
        try write(Data((exported.map(\.path).sorted().joined(separator: "\n") + "\n").utf8), to: manifest)
        return destination.path
    }

    /// Removes `folder` and its parents up to (not including) the destination while they are empty.
    private func removeEmptyFolders(from folder: URL) {
        let root = destination.standardizedFileURL.path
        var current = folder.standardizedFileURL
        while current.path.hasPrefix(root + "/"), (try? files.contentsOfDirectory(atPath: current.path))?.isEmpty == true {
            try? files.removeItem(at: current)
            current = current.deletingLastPathComponent()
        }
    }

    private func write(_ data: Data, to url: URL) throws {
        do {
            try files.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url, options: .atomic)
        } catch {
            throw Failure(message: "cannot write \(url.path): \(error.localizedDescription)")
        }
    }

    /// A relative path that stays inside the export folder.
    private static func isSafe(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/") && !path.split(separator: "/").contains("..")
    }
}
