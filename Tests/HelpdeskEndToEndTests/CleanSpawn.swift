import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs a program found on PATH with stdin from /dev/null, stdout and stderr to temporary files,
/// and no other descriptor of this process open in it; waits for it and returns what it printed.
enum CleanSpawn {
    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    struct SpawnError: Error, CustomStringConvertible {
        var program: String
        var code: Int32
        var description: String { "cannot start \(program): error \(code)" }
    }

    static func run(_ arguments: [String]) throws -> Result {
        let folder = FileManager.default.temporaryDirectory
        let outputFile = folder.appendingPathComponent("spawn-\(UUID().uuidString).out").path
        let errorFile = folder.appendingPathComponent("spawn-\(UUID().uuidString).err").path
        defer {
            unlink(outputFile)
            unlink(errorFile)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputFile, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errorFile, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        for descriptor in openDescriptors() where descriptor > 2 {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }
        var cArguments = arguments.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }
        var pid: pid_t = 0
        let code = posix_spawnp(&pid, arguments[0], &actions, nil, &cArguments, environ)
        guard code == 0 else { throw SpawnError(program: arguments[0], code: code) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let read = { (path: String) in (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
        return Result(status: exitStatus, output: read(outputFile), errors: read(errorFile))
    }

    /// This process's open descriptors (from /proc; none elsewhere, where this is only a courtesy).
    private static func openDescriptors() -> [Int32] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        return names.compactMap { Int32($0) }
    }
}
