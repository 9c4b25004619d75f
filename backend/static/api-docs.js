// The API documentation page: Swagger UI from our own server (no CDN), on the app's OpenAPI schema.
window.ui = SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
