import Foundation

/// Remembers what status components bear on (`ComponentMap.targets(of:)`), which reads the words of
/// a component's name: the same few components come with every message, so each is worked out
/// once. Safe to share between threads.
final class ComponentTargetMemo: @unchecked Sendable {
    private let map: ComponentMap
    private let lock = NSLock()
    private var byComponent: [ComponentName: Set<StatusTarget>] = [:]
    private var byName: [String: Set<StatusTarget>] = [:]
    /// Past this many remembered components (a feed that renames its components all the time),
    /// the memo starts afresh.
    private static let capacity = 4096

    private struct ComponentName: Hashable {
        var id: String
        var name: String
    }

    init(_ map: ComponentMap) { self.map = map }

    /// `ComponentMap.targets(of:)`.
    func of(_ component: StatusComponent) -> Set<StatusTarget> {
        let key = ComponentName(id: component.id, name: component.name)
        if let known = lock.withLock({ byComponent[key] }) { return known }
        let targets = map.targets(of: component)
        lock.withLock {
            if byComponent.count >= Self.capacity { byComponent.removeAll() }
            byComponent[key] = targets
        }
        return targets
    }

    /// `ComponentMap.targets(ofComponentNamed:)`.
    func ofComponentNamed(_ name: String) -> Set<StatusTarget> {
        if let known = lock.withLock({ byName[name] }) { return known }
        let targets = map.targets(ofComponentNamed: name)
        lock.withLock {
            if byName.count >= Self.capacity { byName.removeAll() }
            byName[name] = targets
        }
        return targets
    }
}
