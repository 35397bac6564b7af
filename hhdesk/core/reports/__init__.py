"""PDF reports rendered with reportlab."""
