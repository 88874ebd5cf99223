from django.contrib import admin

from .models import Assignment, Comment

admin.site.register([Assignment, Comment])
