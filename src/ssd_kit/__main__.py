from ssd_kit.cli import app

app()
