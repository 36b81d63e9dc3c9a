"""Causes proposed and backed by members, and partner initiatives."""
