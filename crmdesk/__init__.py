"""crmdesk: a desktop customer-relationship manager."""

__version__ = "0.1.0"
