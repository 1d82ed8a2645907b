// Intentionally empty: n8n loads the compiled files listed under "n8n" in package.json.
