// generated — do not edit. Remade by `npm run generate` from openapi/openapi.yaml.
export interface paths {
    "/get-access-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange an API key for an access token */
        post: operations["getAccessToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/alerts/ingest/binary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a phishing email for triage
         *
         * Form fields first, the file part last; parts whose value is absent are not sent.
         * The file part's file name is the SHA-256 hex digest of its bytes, and the part carries
         * no Content-Type header of its own (as the official Python SDK sends it). Not available
         * on on-premise installs.
         */
        post: operations["ingestBinaryAlert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/alerts/ingest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send any other alert (EDR, SIEM, SOAR) for triage
         *
         * A JSON body holding the raw alert as the source product produced it, its source, and
         * only the optional fields given (absent values are not sent). `display_fields` is a
         * JSON array. No `tenant_id` is sent. The service assigns the alert's id. Never repeated
         * once the request may have reached the service: a repeat could ingest the alert twice.
         * Not available on on-premise installs; installs without this endpoint may answer 404.
         */
        post: operations["ingestAlert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/alerts/get-by-id": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one alert (GET with a JSON body)
         *
         * A `GET` whose parameters travel in a JSON request body. `status` is `in_progress` or
         * `queued` while triage runs; any other value (e.g. `success`) means finished. While in
         * progress, `result` holds the fields known so far, without a verdict.
         */
        get: operations["getAlertById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/alerts/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get many alerts by id (GET with a JSON body)
         *
         * Not available on on-premise installs.
         */
        get: operations["getAlertsByIds"];
        put?: never;
        /**
         * Search alert history
         *
         * Absent filters are not sent. `alerts_count` is the total matching the filters; `alerts`
         * is one page. Page with `offset` = alerts already received until the count is reached or a
         * page comes back empty. Not available on on-premise installs.
         */
        post: operations["searchAlertsHistory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/alerts/{alert_id}/raw-data": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 6a1cd8a0c4a8d8f3e1f0b2a9c7d6e5f4 */
                alert_id: components["parameters"]["AlertId"];
            };
            cookie?: never;
        };
        /**
         * The raw alert payload as ingested (GET with a JSON body)
         *
         * The answer comes in one of two forms: the payload itself under `result` (older
         * answers), or a pre-signed download link (`result_url`, with `metadata`) to blob storage
         * on another host. The link carries its own signature: fetch it with a plain `GET` and
         * WITHOUT this API's `Authorization` header (a bearer token must never go to that host).
         * The download is the payload as JSON.
         */
        get: operations["getAlertRawData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/alerts/{alert_id}/notify": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 6a1cd8a0c4a8d8f3e1f0b2a9c7d6e5f4 */
                alert_id: components["parameters"]["AlertId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Notify the alert's channels
         *
         * The body is `{}` when neither environment nor tenant is given (as the official Python
         * SDK sends it); a call without a body is accepted too. Only for an alert whose triage
         * finished. Not available on on-premise installs.
         */
        post: operations["notifyAlert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/alerts/{alert_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 6a1cd8a0c4a8d8f3e1f0b2a9c7d6e5f4 */
                alert_id: components["parameters"]["AlertId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an alert (asynchronous) */
        delete: operations["deleteAlert"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/{result_url}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * The `result_url` a deletion returned, relative to the API root. Its form is the
                 * service's to choose and it may hold `/`: clients send it as is, unencoded. OpenAPI
                 * cannot template a multi-segment path, so this entry stands for any such URL.
                 * @example delete-operation-3f2a9c1e
                 */
                result_url: string;
            };
            cookie?: never;
        };
        /** State of an asynchronous operation */
        get: operations["getOperationResult"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analyses/{analysis_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 8db9a401-a142-41be-9a31-8e5f3642db62 */
                analysis_id: components["parameters"]["AnalysisId"];
            };
            cookie?: never;
        };
        /** A file analysis (scan_type `file`) */
        get: operations["getFileAnalysis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/url/{analysis_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 8db9a401-a142-41be-9a31-8e5f3642db62 */
                analysis_id: components["parameters"]["AnalysisId"];
            };
            cookie?: never;
        };
        /** A URL analysis (scan_type `url`) */
        get: operations["getUrlAnalysis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/endpoint-analyses/{analysis_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 8db9a401-a142-41be-9a31-8e5f3642db62 */
                analysis_id: components["parameters"]["AnalysisId"];
            };
            cookie?: never;
        };
        /** An endpoint analysis (scan_type `endpoint`) */
        get: operations["getEndpointAnalysis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** An error answer. */
        ErrorBody: {
            /** What went wrong, in the service's words (e.g. `Insufficient Permissions`, `Alert not found`). */
            error: string;
            /** More about the problem, in a form of the service's choosing: text, or an object mapping field names to problems (e.g. `{"<field>": ["unknown field"]}` on a 400). */
            details?: unknown;
            /** On some 400s: an object mapping each field name to its problem. */
            message?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** The token exchange's request. */
        AccessTokenRequest: {
            /** The account's API key (usually from `INTEZER_ANALYZE_API_KEY`). */
            api_key: string;
        };
        /** The token exchange's answer. */
        AccessTokenResponse: {
            /** The access token: sent as `Authorization: Bearer <token>` on every other call, so printable ASCII without spaces (a control character or a non-ASCII one cannot travel in a header). */
            result: string;
            /**
             * When the token expires, in epoch seconds (UTC). Clients renew it shortly before, and once more on a 401.
             * @example 1893456000
             */
            expire_at: number;
        } & {
            [key: string]: unknown;
        };
        /** Added when `INTEZER_TENANT_ID` (multi-tenant accounts) is set. */
        TenantId: string;
        /** The `multipart/form-data` parts of a phishing-email ingest, form fields first and the file last. */
        BinaryAlertForm: {
            /**
             * Always `phishing_emails`.
             * @constant
             */
            alert_source: "phishing_emails";
            /**
             * The fixed, comma-joined list of the email's fields shown on the alert's page.
             * @constant
             */
            display_fields: "reported_by,sender,received,subject,message_id,to";
            /** The environment to file the alert under (optional). */
            environment?: string;
            /** A default verdict for the alert, as the caller gives it (optional). */
            default_verdict?: string;
            /** Who sends the alert in, as the caller gives it (optional). */
            alert_sender?: string;
            /** A JSON object encoded as a string. */
            additional_info?: string;
            /** Password of a zipped email. */
            zip_password?: string;
            /**
             * The raw email (.eml or .msg, or a zip of one); its file name is the SHA-256 hex digest of the bytes.
             *
             * Format: binary
             */
            file: string;
        };
        /** Absent values are not sent. No `tenant_id` (ingest is not among the calls that carry one). */
        AlertIngestRequest: {
            /** The raw alert as the source product produced it (an EDR detection, a SIEM incident, …). */
            alert: {
                [key: string]: unknown;
            };
            /** The source product's id (`s1`, `cs`, `microsoft_sentinel`, …). */
            alert_source: components["schemas"]["AlertSource"];
            /** How to read the raw alert's fields; sources with a built-in mapping need none. */
            definition_mapping?: {
                [key: string]: unknown;
            };
            /** The environment to file the alert under; the account's default when absent. */
            environment?: string;
            /** Field names of the raw alert to show on the alert's page (a JSON array). */
            display_fields?: string[];
            /** The verdict to give the alert until triage decides one (an alert verdict value; open set). */
            default_verdict?: string;
            /** Who sent the alert in, shown on the alert's page. */
            alert_sender?: string;
        };
        /** The error answer of a repeated ingest; `alert_id`, when present, names the alert the service holds. */
        AlertAlreadyExistsBody: {
            /** The service's explanation, as sent. */
            error: string;
            /** The id of the alert the service already holds, when it says. */
            alert_id?: string;
        } & {
            [key: string]: unknown;
        };
        /** The ingest's answer. */
        IngestResponse: {
            /** `true`: the alert was accepted. */
            result: boolean;
            /**
             * The alert's id, assigned by the service; for a phishing email, the SHA-256 hex digest of its bytes.
             * @example 6a1cd8a0c4a8d8f3e1f0b2a9c7d6e5f4
             */
            alert_id: string;
        } & {
            [key: string]: unknown;
        };
        /** Which alert to get. */
        GetAlertByIdRequest: {
            /** The alert's id, as the service gave it. */
            alert_id: string;
            /** The alert's environment: needed when the id exists in several (else a 409). */
            environment?: string;
            /** The tenant to act for: sent only when `INTEZER_TENANT_ID` is set (multi-tenant accounts). */
            tenant_id?: components["schemas"]["TenantId"];
        };
        /** One alert and whether its triage is still running. */
        GetAlertByIdResponse: {
            /** The alert; while triage runs, only the fields known so far (no verdict yet). */
            result: components["schemas"]["Alert"];
            /** `in_progress` or `queued` while triage runs; any other value (the live service answers `success`) means finished. */
            status: components["schemas"]["AlertWireStatus"];
        } & {
            [key: string]: unknown;
        };
        /** `in_progress` or `queued` while triage runs; any other value (the live service answers `success`) means finished. */
        AlertWireStatus: ("in_progress" | "queued" | "success") | (string & {});
        /** Which alerts to get. */
        GetAlertsByIdsRequest: {
            /** The ids of the alerts to get. */
            alert_ids: string[];
            /** Only look in these environments (optional). */
            environments?: string[];
            /** The tenant to act for: sent only when `INTEZER_TENANT_ID` is set (multi-tenant accounts). */
            tenant_id?: components["schemas"]["TenantId"];
        };
        /** The envelope of get-by-ids and of a history search: alerts under `result`, with their count. */
        AlertsListResponse: {
            /** The alerts and their count. */
            result: {
                /** get-by-ids, the alerts found; history search, the total matching the filters. */
                alerts_count: number;
                /** get-by-ids: the alerts found; history search: one page of the alerts matching the filters. */
                alerts: components["schemas"]["Alert"][];
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** A list of strings. */
        StringList: string[];
        /** Every filter is optional; absent ones are not sent. */
        AlertsHistoryFilters: {
            /** Start of the time window: epoch seconds (UTC), fractions allowed. Which time of an alert it filters on is `time_filter_type`. */
            start_time?: number;
            /** End of the time window: epoch seconds (UTC), fractions allowed. */
            end_time?: number;
            /**
             * Matching alerts to skip: when paging, the number already received.
             * @default 0
             */
            offset: number;
            /**
             * Page size: at most 100 alerts.
             * @default 100
             */
            limit: number;
            /** Only alerts of these environments. */
            environments?: components["schemas"]["StringList"];
            /** Only alerts from these sources (`s1`, `cs`, `microsoft_sentinel`, `phishing_emails`, …). */
            sources?: components["schemas"]["StringList"];
            /** Only alerts of these risk categories (`malware`, `phishing`, …). */
            risk_categories?: components["schemas"]["StringList"];
            /** Only alerts with these verdicts (`confirmed_threat`, `false_positive`, …). */
            alert_verdicts?: components["schemas"]["StringList"];
            /** Only alerts of these malware families. */
            family_names?: components["schemas"]["StringList"];
            /** Only alerts with these response statuses (`escalated`, `no_action_needed`, …). */
            response_statuses?: components["schemas"]["StringList"];
            /** Only alerts raised on these host names. */
            hostnames?: components["schemas"]["StringList"];
            /** Leave out these alert ids. */
            exclude_alert_ids?: components["schemas"]["StringList"];
            /** Only alerts involving these user names. */
            usernames?: components["schemas"]["StringList"];
            /** Only alerts involving files with these hashes. */
            file_hashes?: components["schemas"]["StringList"];
            /** Only alerts involving these process command lines. */
            process_commandlines?: components["schemas"]["StringList"];
            /** Only alerts from devices with these private IP addresses. */
            device_private_ips?: components["schemas"]["StringList"];
            /** Only alerts from devices with these external IP addresses. */
            device_external_ips?: components["schemas"]["StringList"];
            /** Only alerts from these device ids. */
            device_ids?: components["schemas"]["StringList"];
            /** Only alerts involving these IP addresses. */
            ips?: components["schemas"]["StringList"];
            /** Only alerts involving these domains. */
            domains?: components["schemas"]["StringList"];
            /** Only alerts of these incident ids. */
            incident_ids?: components["schemas"]["StringList"];
            /** Sort keys: `CREATION_TIME`, `TRIAGE_TIME`, `TRIAGE_CHANGE_TIME`, `ALERT_UPDATE_TIME` (an open set: unknown values are kept). */
            sort_by?: (("CREATION_TIME" | "TRIAGE_TIME" | "TRIAGE_CHANGE_TIME" | "ALERT_UPDATE_TIME") | (string & {}))[];
            /** Free-text search. */
            free_text?: string;
            /** Only alerts of this site, as the source names it. */
            site_name?: string;
            /** Only alerts of this account, as the source names it. */
            account_name?: string;
            /** Phishing alerts: only emails from this sender. */
            email_sender?: string;
            /** Phishing alerts: only emails to this recipient. */
            email_recipient?: string;
            /** Phishing alerts: only emails with this subject. */
            email_subject?: string;
            /** Phishing alerts: only emails copied to this address. */
            email_cc?: string;
            /** Phishing alerts: only emails blind-copied to this address. */
            email_bcc?: string;
            /** Phishing alerts: only the email with this Message-ID. */
            email_message_id?: string;
            /** Phishing alerts: only emails reported by this user. */
            email_reported_by?: string;
            /** Only alerts the source reports as mitigated (`true`) or not (`false`). */
            is_mitigated?: boolean;
            /**
             * Which time of an alert `start_time` and `end_time` apply to; `alert_update_time` follows changes.
             * @enum {string}
             */
            time_filter_type?: "creation_time" | "triage_time" | "triage_change_time" | "triage_or_triage_change_time" | "alert_update_time";
            /**
             * `asc` or `desc`.
             * @enum {string}
             */
            sort_order?: "asc" | "desc";
        };
        /** Which raw data to get. */
        RawDataRequest: {
            /** The alert's environment (required). */
            environment: string;
            /**
             * What to fetch: `raw_alert` is the alert as its source sent it.
             * @example raw_alert
             */
            raw_data_type: string;
            /** The tenant to act for: sent only when `INTEZER_TENANT_ID` is set (multi-tenant accounts). */
            tenant_id?: components["schemas"]["TenantId"];
        };
        /**
         * Either the payload under `result` (older answers) or a pre-signed download link. Both
         * are open objects: the whole JSON body is handed to the caller as is.
         */
        RawDataResponse: components["schemas"]["RawDataInline"] | components["schemas"]["RawDataLink"];
        /** An older answer: the payload itself. */
        RawDataInline: {
            /** The raw alert payload, as its source sent it. */
            result: unknown;
        } & {
            [key: string]: unknown;
        };
        /** A pre-signed link to the payload on blob storage. */
        RawDataLink: {
            /**
             * An absolute, pre-signed URL on another host (blob storage), ending in
             * `/download/alert-data`. Fetch it with a plain `GET` and without this API's
             * `Authorization` header: the link carries its own signature and expires.
             */
            result_url: string;
            /** What the link holds. */
            metadata?: components["schemas"]["RawDataLinkMetadata"] | null;
        } & {
            [key: string]: unknown;
        };
        /** What the link holds. */
        RawDataLinkMetadata: {
            /** The alert's environment. */
            environment?: components["schemas"]["NullableString"];
            /** What the link holds, e.g. `raw_alert`. */
            raw_data_type?: components["schemas"]["NullableString"];
        } & {
            [key: string]: unknown;
        };
        /** No parameters. */
        EmptyRequest: Record<string, never>;
        /** Which alert's environment to notify in; `{}` when none is given. */
        NotifyRequest: {
            /** The alert's environment (optional). */
            environment?: string;
            /** The tenant to act for: sent only when `INTEZER_TENANT_ID` is set (multi-tenant accounts). */
            tenant_id?: components["schemas"]["TenantId"];
        };
        /** The channels the alert was sent to. */
        NotifyResponse: {
            /**
             * The channels notified, e.g. `email`, `slack`; an absent list reads as none.
             * @example [
             *       "email",
             *       "slack"
             *     ]
             */
            notified_channels?: string[];
        } & {
            [key: string]: unknown;
        };
        /** Where the alert to delete lives. */
        DeleteAlertRequest: {
            /** The alert's environment (required). */
            environment: string;
        };
        /** A deletion runs asynchronously: poll its `result_url`. */
        DeleteAlertResponse: {
            /** Where to poll the deletion: a path relative to the API root, opaque (its form is the service's to choose). */
            result_url: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * `succeeded` (with `result`) means done; any other status means still running; a body
         * with `error` is a failure, whatever its status.
         */
        OperationState: components["schemas"]["OperationSucceeded"] | components["schemas"]["OperationRunning"] | components["schemas"]["OperationFailed"];
        /** The operation is done. */
        OperationSucceeded: {
            /**
             * `succeeded`: the operation is done.
             * @constant
             */
            status: "succeeded";
            /** What the operation produced (its form is the service's). */
            result: unknown;
        } & {
            [key: string]: unknown;
        };
        /** The operation is still running. */
        OperationRunning: {
            /**
             * Any status but `succeeded`.
             * @example in_progress
             */
            status: string;
        } & {
            [key: string]: unknown;
        };
        /** `error` says what went wrong (usually a string). */
        OperationFailed: {
            /** The status the service gave, if any; `error` is what tells the failure. */
            status?: string;
            /** What went wrong (usually a string). */
            error: unknown;
        } & {
            [key: string]: unknown;
        };
        /** Known values are listed; the set grows, so any string is accepted. */
        AlertVerdict: ("confirmed_threat" | "likely_true_positive" | "suspicious_behavior" | "false_positive" | "inconclusive") | (string & {});
        /** Known values are listed; the set grows, so any string is accepted. */
        AlertSource: ("s1" | "cs" | "splunk_siem" | "microsoft_sentinel" | "xsoar" | "phishing_emails") | (string & {});
        /**
         * Known values are listed; others are passed over by clients. `file`, `url` and
         * `endpoint` scans name an analysis to fetch; an `artifact` scan is inline (its
         * `artifact_analysis` is the whole result).
         */
        ScanType: ("file" | "url" | "endpoint" | "artifact") | (string & {});
        /** Known values are listed; the set grows, so any string is accepted. */
        RiskCategory: ("malware" | "phishing" | "suspicious_activity" | "no_threat" | "unknown") | (string & {});
        /** Known values are listed; the set grows, so any string is accepted. */
        ResponseStatus: ("escalated" | "no_action_needed") | (string & {});
        /** Known values are listed; the set grows, so any string is accepted. */
        CollectionStatus: "collected" | (string & {});
        /** Known values are listed; the set grows, so any string is accepted. */
        ArtifactType: ("ip" | "domain") | (string & {});
        /** A string, or null when the service has no value. */
        NullableString: string | null;
        /**
         * An alert record. The service adds fields over time; unknown fields pass through. Fields
         * beyond the id are optional: an alert still in triage holds only those known so far.
         */
        Alert: {
            /**
             * The alert's id. EDR ids may hold `:` (CrowdStrike `ldt:…`); a phishing alert's id is the SHA-256 hex digest of the email's bytes.
             * @example 6a1cd8a0c4a8d8f3e1f0b2a9c7d6e5f4
             */
            alert_id: string;
            /** The environment the alert is filed under. */
            environment?: components["schemas"]["NullableString"];
            /** The source product's id: `s1` (SentinelOne), `cs` (CrowdStrike), `microsoft_sentinel`, `splunk_siem`, `xsoar`, `phishing_emails`, … (an open set: unknown values are kept). */
            source?: components["schemas"]["AlertSource"] | null;
            /** The source's name for display, e.g. `Phishing Emails`. */
            source_display?: components["schemas"]["NullableString"];
            /** The kind of source, e.g. `email` (values are the service's). */
            source_type?: components["schemas"]["NullableString"];
            /** Who sent the alert in, e.g. `soc@example.com`. */
            sender?: components["schemas"]["NullableString"];
            /** The alert's page in Intezer Analyze (an absolute URL). */
            intezer_alert_url?: components["schemas"]["NullableString"];
            /** A free-text note on the alert. */
            note?: components["schemas"]["NullableString"];
            /** The alert as its source reported it (title, severity, device, …). */
            alert?: components["schemas"]["SourceAlert"] | null;
            /** What was done, or is recommended, about the alert. */
            response?: components["schemas"]["AlertResponse"] | null;
            /**
             * When the alert's triage or response last changed: ISO 8601 with offset, e.g. `2026-04-29T12:34:56+00:00`. It moves on every update, so history searches follow changes with it.
             *
             * Format: date-time
             * @example 2026-04-29T12:34:56+00:00
             */
            alert_update_time?: string | null;
            /** Intezer's triage of the alert: verdict, family, risk. Absent while triage runs. */
            triage_result?: components["schemas"]["TriageResult"] | null;
            /** The scans behind the triage: each names an analysis to fetch (`file`, `url`, `endpoint`) or holds an inline result (`artifact`). */
            scans?: components["schemas"]["Scan"][] | null;
        } & {
            [key: string]: unknown;
        };
        /** The alert as its source (EDR, SIEM, mailbox) reported it. */
        SourceAlert: {
            /** The alert's id in its source product. */
            alert_id?: components["schemas"]["NullableString"];
            /** The alert's title in its source. */
            alert_title?: components["schemas"]["NullableString"];
            /** The alert's page in its source product, if it has one. */
            alert_url?: components["schemas"]["NullableString"];
            /**
             * When the source raised it: ISO 8601 with offset, e.g. `2026-04-29T12:30:02+00:00`.
             * @example 2026-04-29T12:30:02+00:00
             */
            creation_time?: string | null;
            /** The severity the source gave, in its own scale. */
            severity?: string | number | null;
            /** The severity for display, e.g. `High`. */
            severity_display?: components["schemas"]["NullableString"];
            /** Whether the source reports the threat as mitigated. */
            is_mitigated?: boolean | null;
            /** The device the alert was raised on. */
            device?: components["schemas"]["Device"] | null;
        } & {
            [key: string]: unknown;
        };
        /** The device an alert was raised on. */
        Device: {
            /** The device's host name, e.g. `WS-0231`. */
            hostname?: components["schemas"]["NullableString"];
            /** The device's operating system, e.g. `windows`. */
            os_type?: components["schemas"]["NullableString"];
        } & {
            [key: string]: unknown;
        };
        /** What was done, or is recommended, about the alert. */
        AlertResponse: {
            /** The response status: `escalated`, `no_action_needed`, … (an open set: unknown values are kept). */
            status?: components["schemas"]["ResponseStatus"] | null;
            /** The response status for display, e.g. `Escalated`. */
            status_display?: components["schemas"]["NullableString"];
            /** Actions taken automatically (their form varies). */
            automated_response_actions?: unknown[] | null;
            /** Actions recommended to the user (their form varies). */
            user_recommended_actions?: unknown[] | null;
            /** Indicators of compromise found during triage. */
            iocs?: components["schemas"]["AlertIocs"] | null;
        } & {
            [key: string]: unknown;
        };
        /** Indicators of compromise found during triage (their form varies). */
        AlertIocs: {
            /** File indicators, e.g. objects with `sha256`, `verdict` and `family` (their form varies). */
            files?: unknown[] | null;
            /** Network indicators, e.g. objects with `ioc` and `type` (`domain`, `ip`, …; their form varies). */
            network?: unknown[] | null;
        } & {
            [key: string]: unknown;
        };
        /** Intezer's triage of an alert: verdict, family and risk. The service adds fields over time; unknown fields pass through. */
        TriageResult: {
            /** Intezer's verdict: `confirmed_threat`, `likely_true_positive`, `suspicious_behavior`, `false_positive`, `inconclusive`, … (the set grows: unknown values are kept). */
            alert_verdict?: components["schemas"]["AlertVerdict"] | null;
            /** The verdict for display, e.g. `Confirmed Threat`. */
            alert_verdict_display?: components["schemas"]["NullableString"];
            /** The malware family found, e.g. `Agent Tesla`. */
            family_name?: components["schemas"]["NullableString"];
            /** The id of that family in Intezer. */
            family_id?: components["schemas"]["NullableString"];
            /** Every family found, e.g. objects with `family_id` and `family_name` (their form varies). */
            families?: unknown[] | null;
            /** The risk category: `malware`, `phishing`, `suspicious_activity`, `no_threat`, `unknown`, … (an open set: unknown values are kept). */
            risk_category?: components["schemas"]["RiskCategory"] | null;
            /** The risk category for display, e.g. `Malware`. */
            risk_category_display?: components["schemas"]["NullableString"];
            /** The risk level, e.g. `high` (values are the service's). */
            risk_level?: components["schemas"]["NullableString"];
            /** The risk level for display, e.g. `High`. */
            risk_level_display?: components["schemas"]["NullableString"];
            /** The triage's risk score (a number where known; its scale is the service's). */
            risk_score?: number | string | null;
            /** The threat's name, e.g. `Agent Tesla`. */
            threat_name?: components["schemas"]["NullableString"];
            /** MITRE ATT&CK tactics and techniques seen. */
            ttps?: components["schemas"]["Ttp"][] | null;
        } & {
            [key: string]: unknown;
        };
        /** A MITRE ATT&CK tactic and technique seen during triage. */
        Ttp: {
            /** The tactic's name, e.g. `Execution`. */
            tactic?: components["schemas"]["NullableString"];
            /** The ATT&CK tactic id, e.g. `TA0002`. */
            tactic_id?: components["schemas"]["NullableString"];
            /** The technique's name, e.g. `User Execution`. */
            technique?: components["schemas"]["NullableString"];
            /** The ATT&CK technique id, e.g. `T1204`. */
            technique_id?: components["schemas"]["NullableString"];
            /** What it was seen in, e.g. `file`. */
            source?: components["schemas"]["NullableString"];
        } & {
            [key: string]: unknown;
        };
        /** The analysis behind a scan, to fetch by its id. */
        AnalysisRef: {
            /**
             * The analysis's id: `GET /analyses/{id}` (file), `/url/{id}` (URL) or `/endpoint-analyses/{id}` (endpoint).
             * @example 8db9a401-a142-41be-9a31-8e5f3642db62
             */
            analysis_id: string;
        } & {
            [key: string]: unknown;
        };
        /** One scan behind an alert's triage: a reference to an analysis, or an inline artifact verdict. */
        Scan: {
            /** What was scanned: `file`, `url`, `endpoint` (an analysis to fetch) or `artifact` (inline); clients pass over types they do not know. */
            scan_type: components["schemas"]["ScanType"];
            /** Whether the scanned material was collected, e.g. `collected` (an open set: unknown values are kept). */
            collection_status?: components["schemas"]["CollectionStatus"] | null;
            /** With `scan_type` `file`: the file analysis (`GET /analyses/{analysis_id}`). */
            file_analysis?: components["schemas"]["AnalysisRef"];
            /** With `scan_type` `url`: the URL analysis (`GET /url/{analysis_id}`). */
            url_analysis?: components["schemas"]["AnalysisRef"];
            /** With `scan_type` `endpoint`: the endpoint analysis (`GET /endpoint-analyses/{analysis_id}`). */
            endpoint_analysis?: components["schemas"]["AnalysisRef"];
            /** With `scan_type` `artifact`: the whole result, inline. */
            artifact_analysis?: components["schemas"]["ArtifactAnalysis"];
        } & {
            [key: string]: unknown;
        };
        /** The inline result of an `artifact` scan (no analysis to fetch). */
        ArtifactAnalysis: {
            /** What the artifact is: `ip`, `domain`, … (an open set: unknown values are kept). */
            artifact_type?: components["schemas"]["ArtifactType"] | null;
            /** The artifact itself, e.g. a domain name or an IP address. */
            artifact_value?: components["schemas"]["NullableString"];
            /** The verdict on the artifact, e.g. `malicious`. */
            verdict?: components["schemas"]["NullableString"];
            /** The malware family tied to the artifact, if any. */
            family_name?: components["schemas"]["NullableString"];
        } & {
            [key: string]: unknown;
        };
        /** An analysis still running (answered with HTTP 202: the status code is what tells). */
        AnalysisRunning: {
            /**
             * `in_progress`, `queued` or `created`.
             * @enum {string}
             */
            status: "in_progress" | "queued" | "created";
        } & {
            [key: string]: unknown;
        };
        /** An analysis that failed. */
        AnalysisFailed: {
            /**
             * `failed`: the analysis failed.
             * @constant
             */
            status: "failed";
        } & {
            [key: string]: unknown;
        };
        /**
         * RFC 1123 date, e.g. `Sun, 04 Aug 2019 09:38:16 GMT`.
         * @example Sun, 04 Aug 2019 09:38:16 GMT
         */
        AnalysisDate: string;
        /** What file, URL and endpoint reports share; reports carry more fields, which pass through. */
        ReportBase: {
            /** The analysis's id. */
            analysis_id: string;
            /** The analysis's verdict, e.g. `malicious`. */
            verdict?: components["schemas"]["NullableString"];
            /** A finer verdict, e.g. `known_malicious`. */
            sub_verdict?: components["schemas"]["NullableString"];
            /** When the analysis ran: an RFC 1123 date, e.g. `Sun, 04 Aug 2019 09:38:16 GMT`. */
            analysis_time?: components["schemas"]["AnalysisDate"];
        } & {
            [key: string]: unknown;
        };
        /** A file analysis report (fields beyond the common ones pass through). */
        FileReport: components["schemas"]["ReportBase"];
        /** A URL analysis report. */
        UrlReport: components["schemas"]["ReportBase"] & ({
            /** The URL submitted for analysis. */
            submitted_url?: string;
            /** The verdict in brief. */
            summary?: {
                /** The kind of verdict, e.g. `malicious`. */
                verdict_type?: components["schemas"]["NullableString"];
                /** The verdict's name, e.g. `phishing`. */
                verdict_name?: components["schemas"]["NullableString"];
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        });
        /** An endpoint analysis report. */
        EndpointReport: components["schemas"]["ReportBase"] & ({
            /** When the endpoint scan started: an RFC 1123 date. */
            scan_start_time?: components["schemas"]["AnalysisDate"];
            /** When the endpoint scan ended: an RFC 1123 date. */
            scan_end_time?: components["schemas"]["AnalysisDate"];
        } & {
            [key: string]: unknown;
        });
        /** A finished file analysis: `succeeded` with its report, or `failed`. */
        FileAnalysisFinished: ({
            /**
             * `succeeded`: the report is in `result`.
             * @constant
             */
            status: "succeeded";
            /** The file analysis report. */
            result: components["schemas"]["FileReport"];
        } & {
            [key: string]: unknown;
        }) | components["schemas"]["AnalysisFailed"];
        /** A finished URL analysis: `succeeded` with its report, or `failed`. */
        UrlAnalysisFinished: ({
            /**
             * `succeeded`: the report is in `result`.
             * @constant
             */
            status: "succeeded";
            /** The URL analysis report. */
            result: components["schemas"]["UrlReport"];
        } & {
            [key: string]: unknown;
        }) | components["schemas"]["AnalysisFailed"];
        /** A finished endpoint analysis: `succeeded` with its report, or `failed`. */
        EndpointAnalysisFinished: ({
            /**
             * `succeeded`: the report is in `result`.
             * @constant
             */
            status: "succeeded";
            /** The endpoint analysis report. */
            result: components["schemas"]["EndpointReport"];
        } & {
            [key: string]: unknown;
        }) | components["schemas"]["AnalysisFailed"];
    };
    responses: {
        /** Bad request; `message` may map fields to problems. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Bad Request",
                 *       "message": {
                 *         "alert_id": "Missing data for required field."
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** The API key is malformed or invalid. */
        InvalidApiKey400: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Invalid api key"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** The request or the alert mapping is malformed. */
        InvalidAlertMapping: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Invalid alert mapping",
                 *       "details": "display_fields references a field that is missing from the alert"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /**
         * The service already holds this alert: an "already sent", not a failure of the alert
         * (Intezer's own Sentinel playbook reads it so). The body may name the alert it holds
         * (`alert_id`); whether the live service does is not known for sure.
         */
        AlertAlreadyExists: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Alert already exists",
                 *       "alert_id": "2f1b7a3c9e4d4b5f8a6c0d1e2f3a4b5c"
                 *     }
                 */
                "application/json": components["schemas"]["AlertAlreadyExistsBody"];
            };
        };
        /** Invalid or expired credentials. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Invalid access token"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** `Insufficient Permissions` when the account lacks the right; otherwise a quota was reached. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** Not found. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Not found"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** No such alert. */
        AlertNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Alert not found"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** No such analysis. */
        AnalysisNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Analysis was not found"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** The alert id exists in several environments and no environment was given. */
        AmbiguousEnvironment: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Alert exists in multiple environments, please specify an environment"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** Rate limited. */
        RateLimited: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Too Many Requests"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** Server trouble. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Internal Server Error"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** Server trouble (a proxy in front of the service). */
        BadGateway: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Bad Gateway"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** Server trouble (temporarily unavailable). */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Service Unavailable"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** Server trouble (a proxy in front of the service timed out). */
        GatewayTimeout: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Gateway Timeout"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** The analysis is still running; the HTTP status is what tells. */
        AnalysisRunning: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "status": "in_progress"
                 *     }
                 */
                "application/json": components["schemas"]["AnalysisRunning"];
            };
        };
    };
    parameters: {
        /** @example 6a1cd8a0c4a8d8f3e1f0b2a9c7d6e5f4 */
        AlertId: string;
        /** @example 8db9a401-a142-41be-9a31-8e5f3642db62 */
        AnalysisId: string;
    };
    requestBodies: {
        /**
         * A call without parameters carries `{}` as its JSON body (as the official Python SDK
         * sends it); a call without a body is accepted too.
         */
        NoParameters: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["EmptyRequest"];
            };
        };
    };
    headers: {
        /**
         * Seconds to wait before retrying.
         * @example 2
         */
        "Retry-After": number;
        /**
         * Requests allowed in the current window.
         * @example 100
         */
        "X-RateLimit-Limit": number;
        /**
         * Requests left in the current window.
         * @example 0
         */
        "X-RateLimit-Remaining": number;
        /**
         * When the window resets, in epoch seconds.
         * @example 1893456000
         */
        "X-RateLimit-Reset": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getAccessToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "api_key": "00000000-0000-0000-0000-000000000000"
                 *     }
                 */
                "application/json": components["schemas"]["AccessTokenRequest"];
            };
        };
        responses: {
            /** The access token and its expiry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "result": "eyJhbGciOiJIUzI1NiJ9.example.token",
                     *       "expire_at": 1893456000
                     *     }
                     */
                    "application/json": components["schemas"]["AccessTokenResponse"];
                };
            };
            400: components["responses"]["InvalidApiKey400"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    ingestBinaryAlert: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["BinaryAlertForm"];
            };
        };
        responses: {
            /** The alert was accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "result": true,
                     *       "alert_id": "6a1cd8a0c4a8d8f3e1f0b2a9c7d6e5f4"
                     *     }
                     */
                    "application/json": components["schemas"]["IngestResponse"];
                };
            };
            400: components["responses"]["InvalidAlertMapping"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    ingestAlert: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "alert": {
                 *         "id": "1794305742960293713",
                 *         "threatInfo": {
                 *           "threatName": "invoice.exe",
                 *           "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                 *         }
                 *       },
                 *       "alert_source": "s1",
                 *       "environment": "production",
                 *       "display_fields": [
                 *         "threatInfo.threatName"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["AlertIngestRequest"];
            };
        };
        responses: {
            /** The alert was accepted; the service assigned its id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "result": true,
                     *       "alert_id": "2f1b7a3c9e4d4b5f8a6c0d1e2f3a4b5c"
                     *     }
                     */
                    "application/json": components["schemas"]["IngestResponse"];
                };
            };
            400: components["responses"]["InvalidAlertMapping"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["AlertAlreadyExists"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getAlertById: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "alert_id": "6a1cd8a0c4a8d8f3e1f0b2a9c7d6e5f4",
                 *       "environment": "production"
                 *     }
                 */
                "application/json": components["schemas"]["GetAlertByIdRequest"];
            };
        };
        responses: {
            /** The alert and its triage status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetAlertByIdResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["AlertNotFound"];
            409: components["responses"]["AmbiguousEnvironment"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getAlertsByIds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "alert_ids": [
                 *         "6a1cd8a0c4a8d8f3e1f0b2a9c7d6e5f4",
                 *         "0b9e8d7c6b5a49382716051423324150"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["GetAlertsByIdsRequest"];
            };
        };
        responses: {
            /** The alerts found. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "result": {
                     *         "alerts_count": 1,
                     *         "alerts": [
                     *           {
                     *             "alert_id": "6a1cd8a0c4a8d8f3e1f0b2a9c7d6e5f4",
                     *             "environment": "production",
                     *             "source": "phishing_emails",
                     *             "source_display": "Phishing Emails",
                     *             "source_type": "email",
                     *             "sender": "soc@example.com",
                     *             "intezer_alert_url": "https://analyze.intezer.com/alerts/6a1cd8a0c4a8d8f3e1f0b2a9c7d6e5f4",
                     *             "alert_update_time": "2026-04-29T12:34:56+00:00",
                     *             "note": "Reported by the finance team",
                     *             "alert": {
                     *               "alert_id": "6a1cd8a0c4a8d8f3e1f0b2a9c7d6e5f4",
                     *               "alert_title": "Invoice overdue",
                     *               "alert_url": null,
                     *               "creation_time": "2026-04-29T12:30:02+00:00",
                     *               "severity": "high",
                     *               "severity_display": "High",
                     *               "is_mitigated": false,
                     *               "device": {
                     *                 "hostname": "WS-0231",
                     *                 "os_type": "windows"
                     *               }
                     *             },
                     *             "response": {
                     *               "status": "escalated",
                     *               "status_display": "Escalated",
                     *               "automated_response_actions": [],
                     *               "user_recommended_actions": [
                     *                 "Block the sender",
                     *                 "Delete the email from every mailbox"
                     *               ],
                     *               "iocs": {
                     *                 "files": [
                     *                   {
                     *                     "sha256": "4e553bce90f0b39cd71ba633da5990259e185979c2859ec2e04dd8efcdafe356",
                     *                     "verdict": "malicious",
                     *                     "family": "Agent Tesla"
                     *                   }
                     *                 ],
                     *                 "network": [
                     *                   {
                     *                     "ioc": "login-microsoftonline.example",
                     *                     "type": "domain"
                     *                   }
                     *                 ]
                     *               }
                     *             },
                     *             "triage_result": {
                     *               "alert_verdict": "confirmed_threat",
                     *               "alert_verdict_display": "Confirmed Threat",
                     *               "family_name": "Agent Tesla",
                     *               "family_id": "8b2b7b7a-1c1e-4a52-9a5c-2f1f7f0b5d11",
                     *               "families": [
                     *                 {
                     *                   "family_id": "8b2b7b7a-1c1e-4a52-9a5c-2f1f7f0b5d11",
                     *                   "family_name": "Agent Tesla"
                     *                 }
                     *               ],
                     *               "risk_category": "malware",
                     *               "risk_category_display": "Malware",
                     *               "risk_level": "high",
                     *               "risk_level_display": "High",
                     *               "risk_score": 92,
                     *               "threat_name": "Agent Tesla",
                     *               "ttps": [
                     *                 {
                     *                   "tactic": "Execution",
                     *                   "tactic_id": "TA0002",
                     *                   "technique": "User Execution",
                     *                   "technique_id": "T1204",
                     *                   "source": "file"
                     *                 }
                     *               ]
                     *             },
                     *             "scans": [
                     *               {
                     *                 "scan_type": "file",
                     *                 "collection_status": "collected",
                     *                 "file_analysis": {
                     *                   "analysis_id": "8db9a401-a142-41be-9a31-8e5f3642db62"
                     *                 }
                     *               },
                     *               {
                     *                 "scan_type": "url",
                     *                 "collection_status": "collected",
                     *                 "url_analysis": {
                     *                   "analysis_id": "70d09f68-c7a3-43a3-a8de-07ec31fbf4ed"
                     *                 }
                     *               },
                     *               {
                     *                 "scan_type": "endpoint",
                     *                 "collection_status": "collected",
                     *                 "endpoint_analysis": {
                     *                   "analysis_id": "c6f5a2f1-3c1b-4b8e-9a55-0f5d3b2e7a10"
                     *                 }
                     *               },
                     *               {
                     *                 "scan_type": "artifact",
                     *                 "collection_status": "collected",
                     *                 "artifact_analysis": {
                     *                   "artifact_type": "domain",
                     *                   "artifact_value": "login-microsoftonline.example",
                     *                   "verdict": "malicious",
                     *                   "family_name": null
                     *                 }
                     *               }
                     *             ]
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AlertsListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    searchAlertsHistory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "start_time": 1777000000,
                 *       "end_time": 1777604800,
                 *       "sources": [
                 *         "s1",
                 *         "cs"
                 *       ],
                 *       "alert_verdicts": [
                 *         "confirmed_threat",
                 *         "likely_true_positive"
                 *       ],
                 *       "offset": 0,
                 *       "limit": 100
                 *     }
                 */
                "application/json": components["schemas"]["AlertsHistoryFilters"];
            };
        };
        responses: {
            /** One page of matching alerts and the total. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "result": {
                     *         "alerts_count": 1,
                     *         "alerts": [
                     *           {
                     *             "alert_id": "6a1cd8a0c4a8d8f3e1f0b2a9c7d6e5f4",
                     *             "environment": "production",
                     *             "source": "phishing_emails",
                     *             "source_display": "Phishing Emails",
                     *             "source_type": "email",
                     *             "sender": "soc@example.com",
                     *             "intezer_alert_url": "https://analyze.intezer.com/alerts/6a1cd8a0c4a8d8f3e1f0b2a9c7d6e5f4",
                     *             "alert_update_time": "2026-04-29T12:34:56+00:00",
                     *             "note": "Reported by the finance team",
                     *             "alert": {
                     *               "alert_id": "6a1cd8a0c4a8d8f3e1f0b2a9c7d6e5f4",
                     *               "alert_title": "Invoice overdue",
                     *               "alert_url": null,
                     *               "creation_time": "2026-04-29T12:30:02+00:00",
                     *               "severity": "high",
                     *               "severity_display": "High",
                     *               "is_mitigated": false,
                     *               "device": {
                     *                 "hostname": "WS-0231",
                     *                 "os_type": "windows"
                     *               }
                     *             },
                     *             "response": {
                     *               "status": "escalated",
                     *               "status_display": "Escalated",
                     *               "automated_response_actions": [],
                     *               "user_recommended_actions": [
                     *                 "Block the sender",
                     *                 "Delete the email from every mailbox"
                     *               ],
                     *               "iocs": {
                     *                 "files": [
                     *                   {
                     *                     "sha256": "4e553bce90f0b39cd71ba633da5990259e185979c2859ec2e04dd8efcdafe356",
                     *                     "verdict": "malicious",
                     *                     "family": "Agent Tesla"
                     *                   }
                     *                 ],
                     *                 "network": [
                     *                   {
                     *                     "ioc": "login-microsoftonline.example",
                     *                     "type": "domain"
                     *                   }
                     *                 ]
                     *               }
                     *             },
                     *             "triage_result": {
                     *               "alert_verdict": "confirmed_threat",
                     *               "alert_verdict_display": "Confirmed Threat",
                     *               "family_name": "Agent Tesla",
                     *               "family_id": "8b2b7b7a-1c1e-4a52-9a5c-2f1f7f0b5d11",
                     *               "families": [
                     *                 {
                     *                   "family_id": "8b2b7b7a-1c1e-4a52-9a5c-2f1f7f0b5d11",
                     *                   "family_name": "Agent Tesla"
                     *                 }
                     *               ],
                     *               "risk_category": "malware",
                     *               "risk_category_display": "Malware",
                     *               "risk_level": "high",
                     *               "risk_level_display": "High",
                     *               "risk_score": 92,
                     *               "threat_name": "Agent Tesla",
                     *               "ttps": [
                     *                 {
                     *                   "tactic": "Execution",
                     *                   "tactic_id": "TA0002",
                     *                   "technique": "User Execution",
                     *                   "technique_id": "T1204",
                     *                   "source": "file"
                     *                 }
                     *               ]
                     *             },
                     *             "scans": [
                     *               {
                     *                 "scan_type": "file",
                     *                 "collection_status": "collected",
                     *                 "file_analysis": {
                     *                   "analysis_id": "8db9a401-a142-41be-9a31-8e5f3642db62"
                     *                 }
                     *               },
                     *               {
                     *                 "scan_type": "url",
                     *                 "collection_status": "collected",
                     *                 "url_analysis": {
                     *                   "analysis_id": "70d09f68-c7a3-43a3-a8de-07ec31fbf4ed"
                     *                 }
                     *               },
                     *               {
                     *                 "scan_type": "endpoint",
                     *                 "collection_status": "collected",
                     *                 "endpoint_analysis": {
                     *                   "analysis_id": "c6f5a2f1-3c1b-4b8e-9a55-0f5d3b2e7a10"
                     *                 }
                     *               },
                     *               {
                     *                 "scan_type": "artifact",
                     *                 "collection_status": "collected",
                     *                 "artifact_analysis": {
                     *                   "artifact_type": "domain",
                     *                   "artifact_value": "login-microsoftonline.example",
                     *                   "verdict": "malicious",
                     *                   "family_name": null
                     *                 }
                     *               }
                     *             ]
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AlertsListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getAlertRawData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 6a1cd8a0c4a8d8f3e1f0b2a9c7d6e5f4 */
                alert_id: components["parameters"]["AlertId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "environment": "production",
                 *       "raw_data_type": "raw_alert"
                 *     }
                 */
                "application/json": components["schemas"]["RawDataRequest"];
            };
        };
        responses: {
            /** The raw payload under `result`, or a pre-signed link to download it from. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RawDataResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["AlertNotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    notifyAlert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 6a1cd8a0c4a8d8f3e1f0b2a9c7d6e5f4 */
                alert_id: components["parameters"]["AlertId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "environment": "production"
                 *     }
                 */
                "application/json": components["schemas"]["NotifyRequest"];
            };
        };
        responses: {
            /** The channels notified; the list may be absent (read it as empty). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotifyResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["AlertNotFound"];
            409: components["responses"]["AmbiguousEnvironment"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteAlert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 6a1cd8a0c4a8d8f3e1f0b2a9c7d6e5f4 */
                alert_id: components["parameters"]["AlertId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "environment": "production"
                 *     }
                 */
                "application/json": components["schemas"]["DeleteAlertRequest"];
            };
        };
        responses: {
            /** The deletion started; poll `result_url` (relative to the API root, opaque). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "result_url": "/delete-operation-3f2a9c1e"
                     *     }
                     */
                    "application/json": components["schemas"]["DeleteAlertResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["AlertNotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getOperationResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * The `result_url` a deletion returned, relative to the API root. Its form is the
                 * service's to choose and it may hold `/`: clients send it as is, unencoded. OpenAPI
                 * cannot template a multi-segment path, so this entry stands for any such URL.
                 * @example delete-operation-3f2a9c1e
                 */
                result_url: string;
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["NoParameters"];
        responses: {
            /**
             * `status` reads `succeeded` when done (with `result`); any other status means still
             * running; a body with `error` is a failure.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperationState"];
                };
            };
            /** Still running. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "in_progress"
                     *     }
                     */
                    "application/json": components["schemas"]["OperationRunning"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getFileAnalysis: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 8db9a401-a142-41be-9a31-8e5f3642db62 */
                analysis_id: components["parameters"]["AnalysisId"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["NoParameters"];
        responses: {
            /** Finished (`succeeded` with the report, or `failed`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileAnalysisFinished"];
                };
            };
            202: components["responses"]["AnalysisRunning"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["AnalysisNotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getUrlAnalysis: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 8db9a401-a142-41be-9a31-8e5f3642db62 */
                analysis_id: components["parameters"]["AnalysisId"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["NoParameters"];
        responses: {
            /** Finished (`succeeded` with the report, or `failed`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UrlAnalysisFinished"];
                };
            };
            202: components["responses"]["AnalysisRunning"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["AnalysisNotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getEndpointAnalysis: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 8db9a401-a142-41be-9a31-8e5f3642db62 */
                analysis_id: components["parameters"]["AnalysisId"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["NoParameters"];
        responses: {
            /** Finished (`succeeded` with the report, or `failed`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndpointAnalysisFinished"];
                };
            };
            202: components["responses"]["AnalysisRunning"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["AnalysisNotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
}
