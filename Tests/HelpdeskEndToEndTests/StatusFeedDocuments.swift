import Foundation

/// Status documents for the end-to-end tests: one Statuspage summary in three moments of an
/// incident, and a small Cachet and Uptime Kuma feed.
enum StatusFeedDocuments {
    static func component(_ id: String, _ name: String, _ status: String, position: Int) -> String {
        #"{"id":"\#(id)","name":"\#(name)","status":"\#(status)","position":\#(position),"group":false,"group_id":null,"updated_at":"2025-03-04T10:02:44.000Z"}"#
    }

    static let maintenance = #"""
        {"id":"w1zdr745wmfy","name":"Royal Mail API maintenance","status":"in_progress","impact":"maintenance",
         "created_at":"2025-03-01T12:00:00.000Z","started_at":"2025-03-04T08:00:00.000Z","components":[],
         "incident_updates":[{"id":"qx6z06wkmsfd","status":"in_progress","body":"Labels can still be printed; tracking updates are queued.","created_at":"2025-03-04T08:00:00.000Z"}],
         "scheduled_for":"2025-03-04T08:00:00.000Z","scheduled_until":"2025-03-04T12:00:00.000Z"}
        """#

    /// Before: everything operational.
    static let before = """
        {"page":{"id":"p","name":"ExampleSync"},"components":[\(component("b13", "Dashboard", "operational", position: 1)),
        \(component("9397", "Amazon channel", "operational", position: 2)),\(component("rhzn", "Royal Mail", "operational", position: 3))],
        "incidents":[],"scheduled_maintenances":[],"status":{"indicator":"none","description":"All Systems Operational"}}
        """

    /// During: Amazon imports running late; Royal Mail maintenance.
    static let during = """
        {"page":{"id":"p","name":"ExampleSync"},"components":[\(component("b13", "Dashboard", "operational", position: 1)),
        \(component("9397", "Amazon channel", "degraded_performance", position: 2)),\(component("rhzn", "Royal Mail", "under_maintenance", position: 3))],
        "incidents":[{"id":"cp306","name":"Delayed Amazon order imports","status":"identified","impact":"minor",
          "created_at":"2025-03-04T09:58:10.000Z","started_at":"2025-03-04T09:50:00.000Z","resolved_at":null,
          "incident_updates":[{"id":"jdy3","status":"identified","body":"Amazon order imports are running up to 60 minutes behind. Tracking exports are unaffected.","created_at":"2025-03-04T10:12:31.000Z"}],
          "components":[\(component("9397", "Amazon channel", "degraded_performance", position: 2))]}],
        "scheduled_maintenances":[\(maintenance)],"status":{"indicator":"none","description":"All Systems Operational"}}
        """

    /// After: the incident is resolved and the summary no longer lists it (as Statuspage does).
    static let after = before

    static let cachetComponents = #"""
        {"meta":{"pagination":{"links":{"next_page":null}}},"data":[
          {"id":1,"name":"Dashboard","status":1,"order":0,"updated_at":"2025-03-04 09:55:02","enabled":true,"deleted_at":null},
          {"id":2,"name":"eBay channel","status":3,"order":1,"updated_at":"2025-03-04 10:02:44","enabled":true,"deleted_at":null}]}
        """#

    static let cachetIncidents = #"""
        {"data":[{"id":11,"component_id":2,"name":"eBay orders not importing","status":2,"visible":1,
          "message":"Imports are paused for up to 2 hours.","occurred_at":"2025-03-04 09:45:00","created_at":"2025-03-04 09:50:00",
          "updated_at":"2025-03-04 10:05:00","deleted_at":null}]}
        """#

    static let kumaPage = #"""
        {"config":{"slug":"main","title":"ExampleSync"},"incident":null,
         "publicGroupList":[{"id":1,"name":"Services","monitorList":[{"id":1,"name":"Dashboard"},{"id":2,"name":"Etsy channel"}]}],
         "maintenanceList":[]}
        """#

    static let kumaHeartbeats = #"""
        {"heartbeatList":{"1":[{"status":1,"time":"2025-03-04 10:00:00","msg":"OK"}],
          "2":[{"status":1,"time":"2025-03-04 09:58:00","msg":"OK"},{"status":0,"time":"2025-03-04 09:59:00","msg":"connect ECONNREFUSED"}]},
         "uptimeList":{}}
        """#
}
