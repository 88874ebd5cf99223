from django.contrib import admin

from tracker.articles.admin import HTTPS_URLS

from .models import FigureEvent, Follow, Notification, Webhook, WebhookDelivery


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(admin.ModelAdmin):
    list_display = ["pk", "webhook", "status", "attempts", "response_code", "last_error", "created_at"]
    list_filter = ["status"]


admin.site.register([Follow, FigureEvent, Notification])


@admin.register(Webhook)
class WebhookAdmin(admin.ModelAdmin):
    formfield_overrides = HTTPS_URLS
