# Policy for the incident-resolver agent, evaluated by corral on every proposed tool call.
#
# Input: {user, tenant, agent: {name, autonomy}, tool: {name, version, side_effect}, arguments,
#         run: {id, step, cost_usd}, provenance}
# Output (data.corral.decision): "allow" | "deny" | "require_approval"
#         or {"outcome": ..., "reasons": [{"code", "message"}]}. Undefined is treated as deny.
package corral

import rego.v1

default decision := "allow"

decision := {"outcome": "deny", "reasons": deny_reasons} if count(deny_reasons) > 0

decision := {"outcome": "require_approval", "reasons": approval_reasons} if {
	count(deny_reasons) == 0
	count(approval_reasons) > 0
}

# Tickets are only assigned inside the company.
deny_reasons contains {"code": "external_assignee", "message": "tickets may only be assigned to @company.com"} if {
	input.tool.name == "CreateSupportTicket"
	assignee := input.arguments.assignee
	not endswith(lower(assignee), "@company.com")
}

# Knowledge-base searches stay short: long queries are how data gets smuggled out.
deny_reasons contains {"code": "query_too_long", "message": "SearchKB queries are limited to 500 characters"} if {
	input.tool.name == "SearchKB"
	count(input.arguments.query) > 500
}

# A human looks at every high or critical ticket before it is filed.
approval_reasons contains {"code": "severity_high", "message": "high and critical tickets need a human"} if {
	input.tool.name == "CreateSupportTicket"
	input.arguments.severity in {"high", "critical"}
}

# Close to the budget, writes wait for a human.
approval_reasons contains {"code": "near_budget", "message": "the run is close to its budget"} if {
	input.tool.side_effect == "write"
	input.run.cost_usd > 0.4
}
