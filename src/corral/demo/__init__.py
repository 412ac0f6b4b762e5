"""The blueprint's incident-resolver agent: a small knowledge base (SearchKB) and a ticket desk
(CreateSupportTicket) that writes tickets to corral's database. Imported by the example spec's
``tool_modules``."""

from corral.demo.tools import CREATE_SUPPORT_TICKET_SCHEMA, CreateSupportTicket, SearchKB, list_tickets

__all__ = ["CREATE_SUPPORT_TICKET_SCHEMA", "CreateSupportTicket", "SearchKB", "list_tickets"]
