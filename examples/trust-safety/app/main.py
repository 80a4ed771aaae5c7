"""The trust & safety service: a tiny FastAPI app (uvicorn app.main:app --port 8080)."""
from fastapi import FastAPI

app = FastAPI(title="Trust and safety")


@app.get("/health")
def health() -> dict:
    return {"status": "ok"}


@app.get("/reports")
def reports() -> dict:
    return {"items": [], "count": 0}
