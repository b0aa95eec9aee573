import Foundation

/// Feed documents for the status tests, in the shapes the services serve.
enum StatusFixtures {
    /// REFERENCE.md §3.1's exact example `summary.json`.
    static let statuspageSummary = #"""
        {
          "page": {
            "id": "kctbh9vrtdwd",
            "name": "ExampleSync Status",
            "url": "https://status.example.com",
            "time_zone": "Europe/London",
            "updated_at": "2025-03-04T10:12:31.000Z"
          },
          "components": [
            {
              "id": "b13yz5g2cw10",
              "name": "Dashboard",
              "status": "operational",
              "created_at": "2024-01-10T09:00:00.000Z",
              "updated_at": "2025-03-04T09:55:02.000Z",
              "position": 1,
              "description": null,
              "showcase": true,
              "start_date": null,
              "group_id": null,
              "page_id": "kctbh9vrtdwd",
              "group": false,
              "only_show_if_degraded": false
            },
            {
              "id": "9397cnvk62zn",
              "name": "Amazon channel",
              "status": "degraded_performance",
              "created_at": "2024-01-10T09:00:00.000Z",
              "updated_at": "2025-03-04T10:02:44.000Z",
              "position": 2,
              "description": "Order import and stock/tracking export for Amazon",
              "showcase": true,
              "start_date": null,
              "group_id": null,
              "page_id": "kctbh9vrtdwd",
              "group": false,
              "only_show_if_degraded": false
            },
            {
              "id": "rhznvxg4v7yh",
              "name": "Royal Mail",
              "status": "under_maintenance",
              "created_at": "2024-01-10T09:00:00.000Z",
              "updated_at": "2025-03-04T08:00:00.000Z",
              "position": 3,
              "description": "Carrier label and tracking integration",
              "showcase": true,
              "start_date": null,
              "group_id": null,
              "page_id": "kctbh9vrtdwd",
              "group": false,
              "only_show_if_degraded": false
            }
          ],
          "incidents": [
            {
              "id": "cp306tmzcl0y",
              "name": "Delayed Amazon order imports",
              "status": "identified",
              "created_at": "2025-03-04T09:58:10.000Z",
              "updated_at": "2025-03-04T10:12:31.000Z",
              "monitoring_at": null,
              "resolved_at": null,
              "impact": "minor",
              "shortlink": "https://stspg.io/abc123",
              "started_at": "2025-03-04T09:50:00.000Z",
              "page_id": "kctbh9vrtdwd",
              "incident_updates": [
                {
                  "id": "jdy3tw5mt5r5",
                  "status": "identified",
                  "body": "Amazon order imports are running up to 60 minutes behind. Tracking exports are unaffected.",
                  "incident_id": "cp306tmzcl0y",
                  "created_at": "2025-03-04T10:12:31.000Z",
                  "updated_at": "2025-03-04T10:12:31.000Z",
                  "display_at": "2025-03-04T10:12:31.000Z",
                  "affected_components": [
                    {
                      "code": "9397cnvk62zn",
                      "name": "Amazon channel",
                      "old_status": "operational",
                      "new_status": "degraded_performance"
                    }
                  ],
                  "deliver_notifications": true,
                  "custom_tweet": null,
                  "tweet_id": null
                }
              ],
              "components": [
                {
                  "id": "9397cnvk62zn",
                  "name": "Amazon channel",
                  "status": "degraded_performance",
                  "created_at": "2024-01-10T09:00:00.000Z",
                  "updated_at": "2025-03-04T10:02:44.000Z",
                  "position": 2,
                  "description": "Order import and stock/tracking export for Amazon",
                  "showcase": true,
                  "start_date": null,
                  "group_id": null,
                  "page_id": "kctbh9vrtdwd",
                  "group": false,
                  "only_show_if_degraded": false
                }
              ]
            }
          ],
          "scheduled_maintenances": [
            {
              "id": "w1zdr745wmfy",
              "name": "Royal Mail API maintenance",
              "status": "in_progress",
              "created_at": "2025-03-01T12:00:00.000Z",
              "updated_at": "2025-03-04T08:00:00.000Z",
              "monitoring_at": null,
              "resolved_at": null,
              "impact": "maintenance",
              "shortlink": "https://stspg.io/def456",
              "started_at": "2025-03-04T08:00:00.000Z",
              "page_id": "kctbh9vrtdwd",
              "incident_updates": [
                {
                  "id": "qx6z06wkmsfd",
                  "status": "in_progress",
                  "body": "Scheduled maintenance is in progress. Labels can still be printed; tracking updates are queued.",
                  "incident_id": "w1zdr745wmfy",
                  "created_at": "2025-03-04T08:00:00.000Z",
                  "updated_at": "2025-03-04T08:00:00.000Z",
                  "display_at": "2025-03-04T08:00:00.000Z",
                  "affected_components": null,
                  "deliver_notifications": true,
                  "custom_tweet": null,
                  "tweet_id": null
                }
              ],
              "components": [],
              "scheduled_for": "2025-03-04T08:00:00.000Z",
              "scheduled_until": "2025-03-04T12:00:00.000Z"
            }
          ],
          "status": {
            "indicator": "minor",
            "description": "Partially Degraded Service"
          }
        }
        """#

    /// Cachet API v1 `/api/v1/components` (states as numbers and as text, one unknown).
    static let cachetComponents = #"""
        {
          "meta": {"pagination": {"total": 4, "count": 4, "per_page": 20, "current_page": 1, "total_pages": 1, "links": {"next_page": null, "previous_page": null}}},
          "data": [
            {"id": 1, "name": "Dashboard", "description": "The web app", "link": "", "status": 1, "order": 0, "group_id": 0,
             "created_at": "2024-01-10 09:00:00", "updated_at": "2025-03-04 09:55:02", "deleted_at": null, "enabled": true, "status_name": "Operational", "tags": []},
            {"id": 2, "name": "eBay channel", "description": "Order import and tracking export for eBay", "link": "", "status": 3, "order": 1, "group_id": 1,
             "created_at": "2024-01-10 09:00:00", "updated_at": "2025-03-04 10:02:44", "deleted_at": null, "enabled": true, "status_name": "Partial Outage", "tags": []},
            {"id": 3, "name": "DPD", "description": "", "link": "", "status": "6", "order": 2, "group_id": 2,
             "created_at": "2024-01-10 09:00:00", "updated_at": "2025-03-04 08:00:00", "deleted_at": null, "enabled": true, "status_name": "Under maintenance", "tags": []},
            {"id": 4, "name": "Metrics export", "description": "", "link": "", "status": 5, "order": 3, "group_id": 0,
             "created_at": "2024-01-10 09:00:00", "updated_at": "2025-03-04 08:00:00", "deleted_at": null, "enabled": true, "status_name": "Unknown", "tags": []}
          ]
        }
        """#

    /// Cachet API v1 `/api/v1/incidents` (open, fixed, hidden, scheduled).
    static let cachetIncidents = #"""
        {
          "meta": {"pagination": {"total": 3, "count": 3, "per_page": 20, "current_page": 1, "total_pages": 1, "links": {"next_page": null, "previous_page": null}}},
          "data": [
            {"id": 11, "component_id": 2, "name": "eBay orders not importing", "status": 2, "visible": 1,
             "message": "eBay's API is rejecting our requests; imports are paused for up to 2 hours.", "scheduled_at": null,
             "occurred_at": "2025-03-04 09:45:00", "created_at": "2025-03-04 09:50:00", "updated_at": "2025-03-04 10:05:00", "deleted_at": null, "human_status": "Identified"},
            {"id": 10, "component_id": 1, "name": "Slow dashboard", "status": 4, "visible": 1, "message": "Fixed.", "scheduled_at": null,
             "created_at": "2025-03-03 12:00:00", "updated_at": "2025-03-03 13:00:00", "deleted_at": null, "human_status": "Fixed"},
            {"id": 9, "component_id": 0, "name": "Internal only", "status": 1, "visible": 0, "message": "", "scheduled_at": null,
             "created_at": "2025-03-03 12:00:00", "updated_at": "2025-03-03 13:00:00", "deleted_at": null, "human_status": "Investigating"},
            {"id": 12, "component_id": 3, "name": "DPD API upgrade", "status": 0, "visible": true, "message": "DPD is upgrading its API.",
             "scheduled_at": "2025-03-04 08:00:00", "created_at": "2025-03-01 12:00:00", "updated_at": "2025-03-01 12:00:00", "deleted_at": null, "human_status": "Scheduled"}
          ]
        }
        """#

    /// Uptime Kuma `/api/status-page/main`.
    static let kumaPage = #"""
        {
          "config": {"slug": "main", "title": "ExampleSync", "description": null, "icon": "/icon.svg", "theme": "auto", "published": true, "showTags": false},
          "incident": null,
          "publicGroupList": [
            {"id": 1, "name": "Services", "weight": 1, "monitorList": [
              {"id": 1, "name": "Dashboard", "sendUrl": 0, "type": "http"},
              {"id": 2, "name": "Login and ID service", "sendUrl": 0, "type": "http"}]},
            {"id": 2, "name": "Channels", "weight": 2, "monitorList": [
              {"id": 3, "name": "Etsy channel", "sendUrl": 0, "type": "http"},
              {"id": 4, "name": "Shopify channel", "sendUrl": 0, "type": "http"}]},
            {"id": 3, "name": "Carriers", "weight": 3, "monitorList": [
              {"id": 5, "name": "Evri", "sendUrl": 0, "type": "http"},
              {"id": 6, "name": "Yodel", "sendUrl": 0, "type": "http"}]}
          ],
          "maintenanceList": [
            {"id": 7, "title": "Evri label service upgrade", "description": "Labels are queued during the upgrade.", "strategy": "single", "active": true,
             "timeslotList": [{"startDate": "2025-03-04 09:00:00", "endDate": "2025-03-04 11:00:00"}], "status": "under-maintenance"},
            {"id": 8, "title": "Database upgrade", "description": "", "strategy": "single", "active": true,
             "timeslotList": [{"startDate": "2025-03-09 02:00:00", "endDate": "2025-03-09 03:00:00"}], "status": "scheduled"},
            {"id": 6, "title": "Old work", "description": "", "strategy": "single", "active": false, "timeslotList": [], "status": "ended"}
          ]
        }
        """#

    /// Uptime Kuma `/api/status-page/heartbeat/main` (monitor 4 has no heartbeats yet).
    static let kumaHeartbeats = #"""
        {
          "heartbeatList": {
            "1": [{"status": 1, "time": "2025-03-04 10:00:00.123", "msg": "200 - OK", "ping": 45}, {"status": 1, "time": "2025-03-04 10:01:00.456", "msg": "200 - OK", "ping": 40}],
            "2": [{"status": 1, "time": "2025-03-04 10:01:00", "msg": "", "ping": 30}],
            "3": [{"status": 1, "time": "2025-03-04 09:58:00", "msg": "200 - OK", "ping": 50}, {"status": 0, "time": "2025-03-04 09:59:00", "msg": "connect ECONNREFUSED", "ping": null}, {"status": 0, "time": "2025-03-04 10:00:00", "msg": "connect ECONNREFUSED", "ping": null}],
            "5": [{"status": 3, "time": "2025-03-04 10:00:00", "msg": "maintenance", "ping": null}],
            "6": [{"status": 2, "time": "2025-03-04 10:00:30", "msg": "timeout", "ping": null}]
          },
          "uptimeList": {"1_24": 0.999, "3_24": 0.95}
        }
        """#

    static func data(_ text: String) -> Data { Data(text.utf8) }
}
