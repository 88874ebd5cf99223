from django.contrib import admin

from .models import FigureEvent, Follow, Notification, Webhook, WebhookDelivery


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(admin.ModelAdmin):
    list_display = ["pk", "webhook", "status", "attempts", "response_code", "last_error", "created_at"]
    list_filter = ["status"]


admin.site.register([Follow, FigureEvent, Notification, Webhook])
