from __future__ import annotations

from django.contrib import admin

from .models import Article, ArticleRevision, Tag


class RevisionInline(admin.TabularInline[ArticleRevision, Article]):
    model = ArticleRevision
    fields = ("number", "author", "note", "created_at")
    readonly_fields = fields
    extra = 0
    can_delete = False


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin[Article]):
    list_display = ("title", "status", "author", "helpful_count", "hidden_at")
    list_filter = ("status",)
    search_fields = ("title", "slug")
    raw_id_fields = ("author", "hidden_by")
    readonly_fields = ("helpful_count", "unhelpful_count", "created_at", "updated_at")
    inlines = [RevisionInline]


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin[Tag]):
    search_fields = ("name",)
