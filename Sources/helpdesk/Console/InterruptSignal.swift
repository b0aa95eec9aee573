import Foundation

/// Ctrl-C (SIGINT) for the console: the handler only raises a flag, and the console ends cleanly
/// at the next point where it reads input. The handler is installed without `SA_RESTART`, so a
/// read waiting for input returns at once.
enum InterruptSignal {
    /// The flag the handler raises (allocated before the handler is installed, written with a
    /// single store, which is safe in a signal handler).
    nonisolated(unsafe) private static let flag: UnsafeMutablePointer<sig_atomic_t> = {
        let pointer = UnsafeMutablePointer<sig_atomic_t>.allocate(capacity: 1)
        pointer.initialize(to: 0)
        return pointer
    }()

    /// Installs the handler.
    static func install() {
        _ = flag
        var action = sigaction()
        #if os(Linux)
            action.__sigaction_handler.sa_handler = { _ in InterruptSignal.flag.pointee = 1 }
        #else
            action.__sigaction_u.__sa_handler = { _ in InterruptSignal.flag.pointee = 1 }
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }

    /// Whether Ctrl-C was pressed since the last ``clear()``.
    static var received: Bool { flag.pointee != 0 }
}
