# The shared cache in front of the app servers (Varnish 7.1). See README, "Shared cache".
#
# backends.vcl (written by deploy/stack.py; on a server, by hand) declares the app servers and
# the purgers:
#     backend app_1 { .host = "10.0.0.11"; .port = "8000"; }
#     acl purgers { "10.0.0.11"; }
#     sub vcl_init { new app_servers = directors.round_robin(); app_servers.add_backend(app_1); }
# varnishd listens on two named sockets: `public` for readers, `purge` for the app servers.
vcl 4.1;

import directors;
import std;

include "backends.vcl";

sub vcl_recv {
    set req.backend_hint = app_servers.backend();

    if (req.method == "PURGE" || req.method == "BAN") {
        if (local.socket != "purge" || client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        if (req.method == "BAN") {
            # A site-wide change (a setting every page shows): everything.
            ban("obj.http.x-cache-path ~ ^/");
            return (synth(200, "Banned"));
        }
        # One path and every query-string variant of it (?page=2, ?setting=...). The host is
        # not compared: one site per Varnish (a multi-site install only purges a little more).
        ban("obj.http.x-cache-path == " + regsub(req.url, "\?.*$", ""));
        return (synth(200, "Purged"));
    }
    if (local.socket == "purge") {
        return (synth(404, "Purges only"));
    }

    # Grace: while the app answers, a page up to 60 s past its lifetime is served at once and
    # refreshed by one background request (the app's stale-while-revalidate). When a fetch fails
    # (vcl_synth below), the request starts again allowed the whole stale-if-error window.
    if (req.restarts == 0) {
        unset req.http.X-Serve-Stale;
        set req.grace = 60s;
    } elsif (req.http.X-Serve-Stale) {
        set req.grace = 24h;
    }

    if (req.method != "GET" && req.method != "HEAD") {
        if (req.method == "POST") {
            # The whole body is read before an app server sees the request, so a slow client
            # holds a Varnish thread, never one of the few gunicorn workers.
            if (req.url ~ "^/(admin|django-admin)/") {
                if (!std.cache_req_body(16MB)) {
                    return (synth(413, "Request too large"));
                }
            } elsif (!std.cache_req_body(1MB)) {
                return (synth(413, "Request too large"));
            }
        }
        return (pass);
    }
    if (req.url ~ "^/(admin|django-admin)/" || req.http.Authorization) {
        return (pass);
    }
    # Staff have a session; readers who sent a comment keep a signed list of it (comments_sent)
    # to see it while it awaits moderation: their pages are their own.
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|messages|comments_sent)=") {
        return (pass);
    }
    # Any other cookie (a stray csrftoken, analytics) changes nothing on a public page.
    unset req.http.Cookie;
    set req.url = std.querysort(req.url);
    return (hash);
}

sub vcl_backend_response {
    # What a purge matches: the path without its query string.
    set beresp.http.x-cache-path = regsub(bereq.url, "\?.*$", "");
    # Which app server rendered it (the scale-out test reads it; harmless to readers).
    set beresp.http.X-Upstream = beresp.backend.name;

    if (beresp.status >= 500 && bereq.method == "GET" && !bereq.http.X-Serve-Stale) {
        # Keep the stale copy (a background refresh) or go to vcl_synth to look for one.
        return (abandon);
    }
    # Only what the app marks public is stored: never a response that sets a cookie.
    if (beresp.http.Set-Cookie || beresp.http.Cache-Control !~ "(^|,)\s*public") {
        set beresp.ttl = 10s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    # Kept past its lifetime for the app's stale-if-error window (default a day).
    set beresp.grace = std.duration(
        regsub(beresp.http.Cache-Control, "^.*stale-if-error=([0-9]+).*$", "\1s"), 1h);
    if (beresp.http.Content-Type ~ "^(text/|application/(json|javascript|xml))") {
        set beresp.do_gzip = true;
    }
    return (deliver);
}

sub vcl_backend_error {
    if (bereq.method == "GET" && !bereq.http.X-Serve-Stale) {
        return (abandon);
    }
    call polite_unavailable_beresp;
    return (deliver);
}

sub polite_unavailable_beresp {
    set beresp.http.Content-Type = "text/html; charset=utf-8";
    set beresp.http.Retry-After = "30";
    set beresp.http.Cache-Control = "private, no-store";
    set beresp.body = {"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Please try again in a minute | Opioid Treatment Portal</title></head><body><main><h1>Please try again in a minute</h1><p>The site is briefly unavailable. This usually passes within seconds.</p><p>If you need help now: in an emergency or an overdose call 911. SAMHSA's National Helpline: 1-800-662-4357 (free, confidential, 24/7). Suicide and Crisis Lifeline: call or text 988.</p></main></body></html>"};
}

sub vcl_synth {
    # A failed fetch for a reader's GET: start again, this time allowed to serve a stale copy.
    if (resp.status == 503 && req.restarts == 0 && (req.method == "GET" || req.method == "HEAD")) {
        set req.http.X-Serve-Stale = "1";
        return (restart);
    }
    if (resp.status == 503) {
        set resp.http.Content-Type = "text/html; charset=utf-8";
        set resp.http.Retry-After = "30";
        set resp.body = {"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Please try again in a minute | Opioid Treatment Portal</title></head><body><main><h1>Please try again in a minute</h1><p>The site is briefly unavailable. In an emergency or an overdose call 911. SAMHSA's National Helpline: 1-800-662-4357. Suicide and Crisis Lifeline: call or text 988.</p></main></body></html>"};
    }
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.x-cache-path;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "hit";
    } else {
        set resp.http.X-Cache = "miss";
    }
    return (deliver);
}
