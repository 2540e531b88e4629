"""Renderers: turn the simulator's truth (SSD shape) into a supplier's raw schema."""
