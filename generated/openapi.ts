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
         * @description Form fields first, the file part last; parts whose value is absent are not sent.
         *     The file part's file name is the SHA-256 hex digest of its bytes, and the part carries
         *     no Content-Type header of its own (as the official Python SDK sends it). Not available
         *     on on-premise installs.
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
         * @description A JSON body holding the raw alert as the source product produced it, its source, and
         *     only the optional fields given (absent values are not sent). `display_fields` is a
         *     JSON array. No `tenant_id` is sent. The service assigns the alert's id. Never repeated
         *     once the request may have reached the service: a repeat could ingest the alert twice.
         *     Not available on on-premise installs; installs without this endpoint may answer 404.
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
         * @description A `GET` whose parameters travel in a JSON request body. `status` is `in_progress` or
         *     `queued` while triage runs; any other value (e.g. `success`) means finished. While in
         *     progress, `result` holds the fields known so far, without a verdict.
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
         * @description Not available on on-premise installs.
         */
        get: operations["getAlertsByIds"];
        put?: never;
        /**
         * Search alert history
         * @description Absent filters are not sent. `alerts_count` is the total matching the filters; `alerts`
         *     is one page. Page with `offset` = alerts already received until the count is reached or a
         *     page comes back empty. Not available on on-premise installs.
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
         * @description The answer comes in one of two forms: the payload itself under `result` (older
         *     answers), or a pre-signed download link (`result_url`, with `metadata`) to blob storage
         *     on another host. The link carries its own signature: fetch it with a plain `GET` and
         *     WITHOUT this API's `Authorization` header (a bearer token must never go to that host).
         *     The download is the payload as JSON.
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
         * @description The body is `{}` when neither environment nor tenant is given (as the official Python
         *     SDK sends it); a call without a body is accepted too. Only for an alert whose triage
         *     finished. Not available on on-premise installs.
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
                 * @description The `result_url` a deletion returned, relative to the API root. Its form is the
                 *     service's to choose and it may hold `/`: clients send it as is, unencoded. OpenAPI
                 *     cannot template a multi-segment path, so this entry stands for any such URL.
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
        /** @description An error answer. */
        ErrorBody: {
            error: string;
            details?: unknown;
            /** @description Field name → problem. */
            message?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        AccessTokenRequest: {
            api_key: string;
        };
        AccessTokenResponse: {
            /** @description The access token. */
            result: string;
            /** @description Expiry, in epoch seconds. */
            expire_at: number;
        } & {
            [key: string]: unknown;
        };
        /** @description Added when `INTEZER_TENANT_ID` (multi-tenant accounts) is set. */
        TenantId: string;
        BinaryAlertForm: {
            /** @constant */
            alert_source: "phishing_emails";
            /** @constant */
            display_fields: "reported_by,sender,received,subject,message_id,to";
            environment?: string;
            default_verdict?: string;
            alert_sender?: string;
            /** @description A JSON object encoded as a string. */
            additional_info?: string;
            /** @description Password of a zipped email. */
            zip_password?: string;
            /**
             * Format: binary
             * @description The raw email (.eml or .msg, or a zip of one); its file name is the SHA-256 hex digest of the bytes.
             */
            file: string;
        };
        /** @description Absent values are not sent. No `tenant_id` (ingest is not among the calls that carry one). */
        AlertIngestRequest: {
            /** @description The raw alert as the source product produced it (an EDR detection, a SIEM incident, …). */
            alert: {
                [key: string]: unknown;
            };
            /** @description The source product's id (`s1`, `cs`, `microsoft_sentinel`, …). */
            alert_source: components["schemas"]["AlertSource"];
            /** @description How to read the raw alert's fields; sources with a built-in mapping need none. */
            definition_mapping?: {
                [key: string]: unknown;
            };
            environment?: string;
            /** @description Field names of the raw alert to show on the alert's page (a JSON array). */
            display_fields?: string[];
            default_verdict?: string;
            alert_sender?: string;
        };
        /** @description The error answer of a repeated ingest; `alert_id`, when present, names the alert the service holds. */
        AlertAlreadyExistsBody: {
            error: string;
            alert_id?: string;
        } & {
            [key: string]: unknown;
        };
        IngestResponse: {
            result: boolean;
            alert_id: string;
        } & {
            [key: string]: unknown;
        };
        GetAlertByIdRequest: {
            alert_id: string;
            environment?: string;
            tenant_id?: components["schemas"]["TenantId"];
        };
        GetAlertByIdResponse: {
            result: components["schemas"]["Alert"];
            status: components["schemas"]["AlertWireStatus"];
        } & {
            [key: string]: unknown;
        };
        /** @description `in_progress` or `queued` while triage runs; any other value (the live service answers `success`) means finished. */
        AlertWireStatus: ("in_progress" | "queued" | "success") | (string & {});
        GetAlertsByIdsRequest: {
            alert_ids: string[];
            environments?: string[];
            tenant_id?: components["schemas"]["TenantId"];
        };
        AlertsListResponse: {
            result: {
                /** @description get-by-ids, the alerts found; history search, the total matching the filters. */
                alerts_count: number;
                alerts: components["schemas"]["Alert"][];
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        StringList: string[];
        /** @description Every filter is optional; absent ones are not sent. */
        AlertsHistoryFilters: {
            /** @description Epoch seconds, UTC. */
            start_time?: number;
            /** @description Epoch seconds, UTC. */
            end_time?: number;
            /** @default 0 */
            offset: number;
            /** @default 100 */
            limit: number;
            environments?: components["schemas"]["StringList"];
            sources?: components["schemas"]["StringList"];
            risk_categories?: components["schemas"]["StringList"];
            alert_verdicts?: components["schemas"]["StringList"];
            family_names?: components["schemas"]["StringList"];
            response_statuses?: components["schemas"]["StringList"];
            hostnames?: components["schemas"]["StringList"];
            exclude_alert_ids?: components["schemas"]["StringList"];
            usernames?: components["schemas"]["StringList"];
            file_hashes?: components["schemas"]["StringList"];
            process_commandlines?: components["schemas"]["StringList"];
            device_private_ips?: components["schemas"]["StringList"];
            device_external_ips?: components["schemas"]["StringList"];
            device_ids?: components["schemas"]["StringList"];
            ips?: components["schemas"]["StringList"];
            domains?: components["schemas"]["StringList"];
            incident_ids?: components["schemas"]["StringList"];
            sort_by?: (("CREATION_TIME" | "TRIAGE_TIME" | "TRIAGE_CHANGE_TIME" | "ALERT_UPDATE_TIME") | (string & {}))[];
            free_text?: string;
            site_name?: string;
            account_name?: string;
            email_sender?: string;
            email_recipient?: string;
            email_subject?: string;
            email_cc?: string;
            email_bcc?: string;
            email_message_id?: string;
            email_reported_by?: string;
            is_mitigated?: boolean;
            /** @enum {string} */
            time_filter_type?: "creation_time" | "triage_time" | "triage_change_time" | "triage_or_triage_change_time" | "alert_update_time";
            /** @enum {string} */
            sort_order?: "asc" | "desc";
        };
        RawDataRequest: {
            environment: string;
            /** @example raw_alert */
            raw_data_type: string;
            tenant_id?: components["schemas"]["TenantId"];
        };
        /**
         * @description Either the payload under `result` (older answers) or a pre-signed download link. Both
         *     are open objects: the whole JSON body is handed to the caller as is.
         */
        RawDataResponse: components["schemas"]["RawDataInline"] | components["schemas"]["RawDataLink"];
        RawDataInline: {
            /** @description The raw alert payload, as its source sent it. */
            result: unknown;
        } & {
            [key: string]: unknown;
        };
        RawDataLink: {
            /**
             * @description An absolute, pre-signed URL on another host (blob storage), ending in
             *     `/download/alert-data`. Fetch it with a plain `GET` and without this API's
             *     `Authorization` header: the link carries its own signature and expires.
             */
            result_url: string;
            metadata?: components["schemas"]["RawDataLinkMetadata"] | null;
        } & {
            [key: string]: unknown;
        };
        /** @description What the link holds. */
        RawDataLinkMetadata: {
            environment?: components["schemas"]["NullableString"];
            raw_data_type?: components["schemas"]["NullableString"];
        } & {
            [key: string]: unknown;
        };
        /** @description No parameters. */
        EmptyRequest: Record<string, never>;
        NotifyRequest: {
            environment?: string;
            tenant_id?: components["schemas"]["TenantId"];
        };
        NotifyResponse: {
            notified_channels?: string[];
        } & {
            [key: string]: unknown;
        };
        DeleteAlertRequest: {
            environment: string;
        };
        DeleteAlertResponse: {
            /** @description Path relative to the API root; opaque. */
            result_url: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description `succeeded` (with `result`) means done; any other status means still running; a body
         *     with `error` is a failure, whatever its status.
         */
        OperationState: components["schemas"]["OperationSucceeded"] | components["schemas"]["OperationRunning"] | components["schemas"]["OperationFailed"];
        OperationSucceeded: {
            /** @constant */
            status: "succeeded";
            result: unknown;
        } & {
            [key: string]: unknown;
        };
        OperationRunning: {
            /**
             * @description Any status but `succeeded`.
             * @example in_progress
             */
            status: string;
        } & {
            [key: string]: unknown;
        };
        /** @description `error` says what went wrong (usually a string). */
        OperationFailed: {
            status?: string;
            error: unknown;
        } & {
            [key: string]: unknown;
        };
        /** @description Known values are listed; the set grows, so any string is accepted. */
        AlertVerdict: ("confirmed_threat" | "likely_true_positive" | "suspicious_behavior" | "false_positive" | "inconclusive") | (string & {});
        /** @description Known values are listed; the set grows, so any string is accepted. */
        AlertSource: ("s1" | "cs" | "splunk_siem" | "microsoft_sentinel" | "xsoar" | "phishing_emails") | (string & {});
        /**
         * @description Known values are listed; others are passed over by clients. `file`, `url` and
         *     `endpoint` scans name an analysis to fetch; an `artifact` scan is inline (its
         *     `artifact_analysis` is the whole result).
         */
        ScanType: ("file" | "url" | "endpoint" | "artifact") | (string & {});
        /** @description Known values are listed; the set grows, so any string is accepted. */
        RiskCategory: ("malware" | "phishing" | "suspicious_activity" | "no_threat" | "unknown") | (string & {});
        /** @description Known values are listed; the set grows, so any string is accepted. */
        ResponseStatus: ("escalated" | "no_action_needed") | (string & {});
        /** @description Known values are listed; the set grows, so any string is accepted. */
        CollectionStatus: "collected" | (string & {});
        /** @description Known values are listed; the set grows, so any string is accepted. */
        ArtifactType: ("ip" | "domain") | (string & {});
        NullableString: string | null;
        /**
         * @description An alert record. The service adds fields over time; unknown fields pass through. Fields
         *     beyond the id are optional: an alert still in triage holds only those known so far.
         */
        Alert: {
            alert_id: string;
            environment?: components["schemas"]["NullableString"];
            source?: components["schemas"]["AlertSource"] | null;
            source_display?: components["schemas"]["NullableString"];
            source_type?: components["schemas"]["NullableString"];
            sender?: components["schemas"]["NullableString"];
            intezer_alert_url?: components["schemas"]["NullableString"];
            note?: components["schemas"]["NullableString"];
            alert?: components["schemas"]["SourceAlert"] | null;
            response?: components["schemas"]["AlertResponse"] | null;
            /**
             * Format: date-time
             * @description ISO 8601 with offset, e.g. `2026-04-29T12:34:56+00:00`.
             */
            alert_update_time?: string | null;
            triage_result?: components["schemas"]["TriageResult"] | null;
            scans?: components["schemas"]["Scan"][] | null;
        } & {
            [key: string]: unknown;
        };
        /** @description The alert as its source (EDR, SIEM, mailbox) reported it. */
        SourceAlert: {
            alert_id?: components["schemas"]["NullableString"];
            alert_title?: components["schemas"]["NullableString"];
            alert_url?: components["schemas"]["NullableString"];
            /** @description When the source raised it, ISO 8601 (e.g. `2026-04-29T12:30:02+00:00`). */
            creation_time?: string | null;
            /** @description The severity the source gave, in its own scale. */
            severity?: string | number | null;
            severity_display?: components["schemas"]["NullableString"];
            is_mitigated?: boolean | null;
            device?: components["schemas"]["Device"] | null;
        } & {
            [key: string]: unknown;
        };
        Device: {
            hostname?: components["schemas"]["NullableString"];
            os_type?: components["schemas"]["NullableString"];
        } & {
            [key: string]: unknown;
        };
        /** @description What was done, or is recommended, about the alert. */
        AlertResponse: {
            status?: components["schemas"]["ResponseStatus"] | null;
            status_display?: components["schemas"]["NullableString"];
            /** @description Actions taken automatically (their form varies). */
            automated_response_actions?: unknown[] | null;
            /** @description Actions recommended to the user (their form varies). */
            user_recommended_actions?: unknown[] | null;
            iocs?: components["schemas"]["AlertIocs"] | null;
        } & {
            [key: string]: unknown;
        };
        /** @description Indicators of compromise found during triage (their form varies). */
        AlertIocs: {
            files?: unknown[] | null;
            network?: unknown[] | null;
        } & {
            [key: string]: unknown;
        };
        TriageResult: {
            alert_verdict?: components["schemas"]["AlertVerdict"] | null;
            alert_verdict_display?: components["schemas"]["NullableString"];
            family_name?: components["schemas"]["NullableString"];
            family_id?: components["schemas"]["NullableString"];
            families?: unknown[] | null;
            risk_category?: components["schemas"]["RiskCategory"] | null;
            risk_category_display?: components["schemas"]["NullableString"];
            risk_level?: components["schemas"]["NullableString"];
            risk_level_display?: components["schemas"]["NullableString"];
            /** @description The triage's risk score (a number where known; its scale is the service's). */
            risk_score?: number | string | null;
            threat_name?: components["schemas"]["NullableString"];
            /** @description MITRE ATT&CK tactics and techniques seen. */
            ttps?: components["schemas"]["Ttp"][] | null;
        } & {
            [key: string]: unknown;
        };
        Ttp: {
            tactic?: components["schemas"]["NullableString"];
            tactic_id?: components["schemas"]["NullableString"];
            technique?: components["schemas"]["NullableString"];
            technique_id?: components["schemas"]["NullableString"];
            source?: components["schemas"]["NullableString"];
        } & {
            [key: string]: unknown;
        };
        AnalysisRef: {
            analysis_id: string;
        } & {
            [key: string]: unknown;
        };
        Scan: {
            scan_type: components["schemas"]["ScanType"];
            collection_status?: components["schemas"]["CollectionStatus"] | null;
            file_analysis?: components["schemas"]["AnalysisRef"];
            url_analysis?: components["schemas"]["AnalysisRef"];
            endpoint_analysis?: components["schemas"]["AnalysisRef"];
            artifact_analysis?: components["schemas"]["ArtifactAnalysis"];
        } & {
            [key: string]: unknown;
        };
        /** @description The inline result of an `artifact` scan (no analysis to fetch). */
        ArtifactAnalysis: {
            artifact_type?: components["schemas"]["ArtifactType"] | null;
            artifact_value?: components["schemas"]["NullableString"];
            verdict?: components["schemas"]["NullableString"];
            family_name?: components["schemas"]["NullableString"];
        } & {
            [key: string]: unknown;
        };
        AnalysisRunning: {
            /** @enum {string} */
            status: "in_progress" | "queued" | "created";
        } & {
            [key: string]: unknown;
        };
        AnalysisFailed: {
            /** @constant */
            status: "failed";
        } & {
            [key: string]: unknown;
        };
        /**
         * @description RFC 1123 date, e.g. `Sun, 04 Aug 2019 09:38:16 GMT`.
         * @example Sun
         * @example 04 Aug 2019 09:38:16 GMT
         */
        AnalysisDate: string;
        ReportBase: {
            analysis_id: string;
            verdict?: components["schemas"]["NullableString"];
            sub_verdict?: components["schemas"]["NullableString"];
            analysis_time?: components["schemas"]["AnalysisDate"];
        } & {
            [key: string]: unknown;
        };
        FileReport: components["schemas"]["ReportBase"];
        UrlReport: components["schemas"]["ReportBase"] & ({
            submitted_url?: string;
            summary?: {
                verdict_type?: components["schemas"]["NullableString"];
                verdict_name?: components["schemas"]["NullableString"];
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        });
        EndpointReport: components["schemas"]["ReportBase"] & ({
            scan_start_time?: components["schemas"]["AnalysisDate"];
            scan_end_time?: components["schemas"]["AnalysisDate"];
        } & {
            [key: string]: unknown;
        });
        FileAnalysisFinished: ({
            /** @constant */
            status: "succeeded";
            result: components["schemas"]["FileReport"];
        } & {
            [key: string]: unknown;
        }) | components["schemas"]["AnalysisFailed"];
        UrlAnalysisFinished: ({
            /** @constant */
            status: "succeeded";
            result: components["schemas"]["UrlReport"];
        } & {
            [key: string]: unknown;
        }) | components["schemas"]["AnalysisFailed"];
        EndpointAnalysisFinished: ({
            /** @constant */
            status: "succeeded";
            result: components["schemas"]["EndpointReport"];
        } & {
            [key: string]: unknown;
        }) | components["schemas"]["AnalysisFailed"];
    };
    responses: {
        /** @description Bad request; `message` may map fields to problems. */
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
        /** @description The API key is malformed or invalid. */
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
        /** @description The request or the alert mapping is malformed. */
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
         * @description The service already holds this alert: an "already sent", not a failure of the alert
         *     (Intezer's own Sentinel playbook reads it so). The body may name the alert it holds
         *     (`alert_id`); whether the live service does is not known for sure.
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
        /** @description Invalid or expired credentials. */
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
        /** @description `Insufficient Permissions` when the account lacks the right; otherwise a quota was reached. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Not found. */
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
        /** @description No such alert. */
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
        /** @description No such analysis. */
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
        /** @description The alert id exists in several environments and no environment was given. */
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
        /** @description Rate limited. */
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
        /** @description Server trouble. */
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
        /** @description Server trouble (a proxy in front of the service). */
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
        /** @description Server trouble (temporarily unavailable). */
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
        /** @description Server trouble (a proxy in front of the service timed out). */
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
        /** @description The analysis is still running; the HTTP status is what tells. */
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
         * @description A call without parameters carries `{}` as its JSON body (as the official Python SDK
         *     sends it); a call without a body is accepted too.
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
         * @description Seconds to wait before retrying.
         * @example 2
         */
        "Retry-After": number;
        /**
         * @description Requests allowed in the current window.
         * @example 100
         */
        "X-RateLimit-Limit": number;
        /**
         * @description Requests left in the current window.
         * @example 0
         */
        "X-RateLimit-Remaining": number;
        /**
         * @description When the window resets, in epoch seconds.
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
            /** @description The access token and its expiry. */
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
            /** @description The alert was accepted. */
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
            /** @description The alert was accepted; the service assigned its id. */
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
            /** @description The alert and its triage status. */
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
            /** @description The alerts found. */
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
            /** @description One page of matching alerts and the total. */
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
            /** @description The raw payload under `result`, or a pre-signed link to download it from. */
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
            /** @description The channels notified; the list may be absent (read it as empty). */
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
            /** @description The deletion started; poll `result_url` (relative to the API root, opaque). */
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
                 * @description The `result_url` a deletion returned, relative to the API root. Its form is the
                 *     service's to choose and it may hold `/`: clients send it as is, unencoded. OpenAPI
                 *     cannot template a multi-segment path, so this entry stands for any such URL.
                 * @example delete-operation-3f2a9c1e
                 */
                result_url: string;
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["NoParameters"];
        responses: {
            /**
             * @description `status` reads `succeeded` when done (with `result`); any other status means still
             *     running; a body with `error` is a failure.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperationState"];
                };
            };
            /** @description Still running. */
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
            /** @description Finished (`succeeded` with the report, or `failed`). */
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
            /** @description Finished (`succeeded` with the report, or `failed`). */
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
            /** @description Finished (`succeeded` with the report, or `failed`). */
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
