// generated — do not edit. Remade by `npm run generate` from openapi/openapi.yaml.
/* eslint-disable */
/** JSON Schema (2020-12) of each request body, by "METHOD /path" and media type. */
export const requestSchemas = {
  "POST /get-access-token": {
    "application/json": {
      "type": "object",
      "required": [
        "api_key"
      ],
      "properties": {
        "api_key": {
          "type": "string",
          "minLength": 1
        }
      },
      "additionalProperties": false
    }
  },
  "POST /alerts/ingest/binary": {
    "multipart/form-data": {
      "type": "object",
      "required": [
        "file",
        "alert_source",
        "display_fields"
      ],
      "properties": {
        "alert_source": {
          "type": "string",
          "const": "phishing_emails"
        },
        "display_fields": {
          "type": "string",
          "const": "reported_by,sender,received,subject,message_id,to"
        },
        "environment": {
          "type": "string"
        },
        "default_verdict": {
          "type": "string"
        },
        "alert_sender": {
          "type": "string"
        },
        "additional_info": {
          "type": "string",
          "contentMediaType": "application/json"
        },
        "zip_password": {
          "type": "string"
        },
        "file": {
          "type": "string",
          "format": "binary"
        }
      },
      "additionalProperties": false
    }
  },
  "POST /alerts/ingest": {
    "application/json": {
      "type": "object",
      "required": [
        "alert",
        "alert_source"
      ],
      "properties": {
        "alert": {
          "type": "object",
          "additionalProperties": true
        },
        "alert_source": {
          "allOf": [
            {
              "anyOf": [
                {
                  "type": "string",
                  "enum": [
                    "s1",
                    "cs",
                    "splunk_siem",
                    "microsoft_sentinel",
                    "xsoar",
                    "phishing_emails"
                  ]
                },
                {
                  "type": "string"
                }
              ]
            }
          ],
          "minLength": 1
        },
        "definition_mapping": {
          "type": "object",
          "additionalProperties": true
        },
        "environment": {
          "type": "string",
          "minLength": 1
        },
        "display_fields": {
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1
          }
        },
        "default_verdict": {
          "type": "string",
          "minLength": 1
        },
        "alert_sender": {
          "type": "string",
          "minLength": 1
        }
      },
      "additionalProperties": false
    }
  },
  "GET /alerts/get-by-id": {
    "application/json": {
      "type": "object",
      "required": [
        "alert_id"
      ],
      "properties": {
        "alert_id": {
          "type": "string",
          "minLength": 1
        },
        "environment": {
          "type": "string"
        },
        "tenant_id": {
          "type": "string",
          "minLength": 1
        }
      },
      "additionalProperties": false
    }
  },
  "GET /alerts/search": {
    "application/json": {
      "type": "object",
      "required": [
        "alert_ids"
      ],
      "properties": {
        "alert_ids": {
          "type": "array",
          "minItems": 1,
          "items": {
            "type": "string",
            "minLength": 1
          }
        },
        "environments": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "tenant_id": {
          "type": "string",
          "minLength": 1
        }
      },
      "additionalProperties": false
    }
  },
  "POST /alerts/search": {
    "application/json": {
      "type": "object",
      "properties": {
        "start_time": {
          "type": "number"
        },
        "end_time": {
          "type": "number"
        },
        "offset": {
          "type": "integer",
          "minimum": 0,
          "default": 0
        },
        "limit": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100,
          "default": 100
        },
        "environments": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "sources": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "risk_categories": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "alert_verdicts": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "family_names": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "response_statuses": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "hostnames": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "exclude_alert_ids": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "usernames": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "file_hashes": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "process_commandlines": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "device_private_ips": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "device_external_ips": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "device_ids": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "ips": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "domains": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "incident_ids": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "sort_by": {
          "type": "array",
          "items": {
            "anyOf": [
              {
                "type": "string",
                "enum": [
                  "CREATION_TIME",
                  "TRIAGE_TIME",
                  "TRIAGE_CHANGE_TIME",
                  "ALERT_UPDATE_TIME"
                ]
              },
              {
                "type": "string"
              }
            ]
          }
        },
        "free_text": {
          "type": "string"
        },
        "site_name": {
          "type": "string"
        },
        "account_name": {
          "type": "string"
        },
        "email_sender": {
          "type": "string"
        },
        "email_recipient": {
          "type": "string"
        },
        "email_subject": {
          "type": "string"
        },
        "email_cc": {
          "type": "string"
        },
        "email_bcc": {
          "type": "string"
        },
        "email_message_id": {
          "type": "string"
        },
        "email_reported_by": {
          "type": "string"
        },
        "is_mitigated": {
          "type": "boolean"
        },
        "time_filter_type": {
          "type": "string",
          "enum": [
            "creation_time",
            "triage_time",
            "triage_change_time",
            "triage_or_triage_change_time",
            "alert_update_time"
          ]
        },
        "sort_order": {
          "type": "string",
          "enum": [
            "asc",
            "desc"
          ]
        }
      },
      "additionalProperties": false
    }
  },
  "GET /alerts/{alert_id}/raw-data": {
    "application/json": {
      "type": "object",
      "required": [
        "environment",
        "raw_data_type"
      ],
      "properties": {
        "environment": {
          "type": "string",
          "minLength": 1
        },
        "raw_data_type": {
          "type": "string",
          "minLength": 1
        },
        "tenant_id": {
          "type": "string",
          "minLength": 1
        }
      },
      "additionalProperties": false
    }
  },
  "POST /alerts/{alert_id}/notify": {
    "application/json": {
      "type": "object",
      "properties": {
        "environment": {
          "type": "string"
        },
        "tenant_id": {
          "type": "string",
          "minLength": 1
        }
      },
      "additionalProperties": false
    }
  },
  "DELETE /alerts/{alert_id}": {
    "application/json": {
      "type": "object",
      "required": [
        "environment"
      ],
      "properties": {
        "environment": {
          "type": "string",
          "minLength": 1
        }
      },
      "additionalProperties": false
    }
  },
  "GET /{result_url}": {
    "application/json": {
      "type": "object",
      "additionalProperties": false
    }
  },
  "GET /analyses/{analysis_id}": {
    "application/json": {
      "type": "object",
      "additionalProperties": false
    }
  },
  "GET /url/{analysis_id}": {
    "application/json": {
      "type": "object",
      "additionalProperties": false
    }
  },
  "GET /endpoint-analyses/{analysis_id}": {
    "application/json": {
      "type": "object",
      "additionalProperties": false
    }
  }
} as const;

/** JSON Schema (2020-12) of each JSON response body, by "METHOD /path" and status; null: no JSON body. */
export const responseSchemas = {
  "POST /get-access-token": {
    "200": {
      "type": "object",
      "required": [
        "result",
        "expire_at"
      ],
      "properties": {
        "result": {
          "type": "string",
          "minLength": 1,
          "pattern": "^[!-~]+$"
        },
        "expire_at": {
          "type": "number"
        }
      },
      "additionalProperties": true
    },
    "400": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "401": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "429": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "500": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "502": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "503": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "504": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    }
  },
  "POST /alerts/ingest/binary": {
    "200": {
      "type": "object",
      "required": [
        "result",
        "alert_id"
      ],
      "properties": {
        "result": {
          "type": "boolean"
        },
        "alert_id": {
          "type": "string",
          "minLength": 1
        }
      },
      "additionalProperties": true
    },
    "400": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "401": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "403": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "429": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "500": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "502": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "503": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "504": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    }
  },
  "POST /alerts/ingest": {
    "200": {
      "type": "object",
      "required": [
        "result",
        "alert_id"
      ],
      "properties": {
        "result": {
          "type": "boolean"
        },
        "alert_id": {
          "type": "string",
          "minLength": 1
        }
      },
      "additionalProperties": true
    },
    "400": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "401": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "403": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "409": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "alert_id": {
          "type": "string",
          "minLength": 1
        }
      },
      "additionalProperties": true
    },
    "429": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "500": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "502": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "503": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "504": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    }
  },
  "GET /alerts/get-by-id": {
    "200": {
      "type": "object",
      "required": [
        "result",
        "status"
      ],
      "properties": {
        "result": {
          "type": "object",
          "required": [
            "alert_id"
          ],
          "properties": {
            "alert_id": {
              "type": "string"
            },
            "environment": {
              "type": [
                "string",
                "null"
              ]
            },
            "source": {
              "anyOf": [
                {
                  "anyOf": [
                    {
                      "type": "string",
                      "enum": [
                        "s1",
                        "cs",
                        "splunk_siem",
                        "microsoft_sentinel",
                        "xsoar",
                        "phishing_emails"
                      ]
                    },
                    {
                      "type": "string"
                    }
                  ]
                },
                {
                  "type": "null"
                }
              ]
            },
            "source_display": {
              "type": [
                "string",
                "null"
              ]
            },
            "source_type": {
              "type": [
                "string",
                "null"
              ]
            },
            "sender": {
              "type": [
                "string",
                "null"
              ]
            },
            "intezer_alert_url": {
              "type": [
                "string",
                "null"
              ]
            },
            "note": {
              "type": [
                "string",
                "null"
              ]
            },
            "alert": {
              "anyOf": [
                {
                  "type": "object",
                  "properties": {
                    "alert_id": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "alert_title": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "alert_url": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "creation_time": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "severity": {
                      "type": [
                        "string",
                        "number",
                        "null"
                      ]
                    },
                    "severity_display": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "is_mitigated": {
                      "type": [
                        "boolean",
                        "null"
                      ]
                    },
                    "device": {
                      "anyOf": [
                        {
                          "type": "object",
                          "properties": {
                            "hostname": {
                              "type": [
                                "string",
                                "null"
                              ]
                            },
                            "os_type": {
                              "type": [
                                "string",
                                "null"
                              ]
                            }
                          },
                          "additionalProperties": true
                        },
                        {
                          "type": "null"
                        }
                      ]
                    }
                  },
                  "additionalProperties": true
                },
                {
                  "type": "null"
                }
              ]
            },
            "response": {
              "anyOf": [
                {
                  "type": "object",
                  "properties": {
                    "status": {
                      "anyOf": [
                        {
                          "anyOf": [
                            {
                              "type": "string",
                              "enum": [
                                "escalated",
                                "no_action_needed"
                              ]
                            },
                            {
                              "type": "string"
                            }
                          ]
                        },
                        {
                          "type": "null"
                        }
                      ]
                    },
                    "status_display": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "automated_response_actions": {
                      "type": [
                        "array",
                        "null"
                      ],
                      "items": {}
                    },
                    "user_recommended_actions": {
                      "type": [
                        "array",
                        "null"
                      ],
                      "items": {}
                    },
                    "iocs": {
                      "anyOf": [
                        {
                          "type": "object",
                          "properties": {
                            "files": {
                              "type": [
                                "array",
                                "null"
                              ],
                              "items": {}
                            },
                            "network": {
                              "type": [
                                "array",
                                "null"
                              ],
                              "items": {}
                            }
                          },
                          "additionalProperties": true
                        },
                        {
                          "type": "null"
                        }
                      ]
                    }
                  },
                  "additionalProperties": true
                },
                {
                  "type": "null"
                }
              ]
            },
            "alert_update_time": {
              "type": [
                "string",
                "null"
              ],
              "format": "date-time"
            },
            "triage_result": {
              "anyOf": [
                {
                  "type": "object",
                  "properties": {
                    "alert_verdict": {
                      "anyOf": [
                        {
                          "anyOf": [
                            {
                              "type": "string",
                              "enum": [
                                "confirmed_threat",
                                "likely_true_positive",
                                "suspicious_behavior",
                                "false_positive",
                                "inconclusive"
                              ]
                            },
                            {
                              "type": "string"
                            }
                          ]
                        },
                        {
                          "type": "null"
                        }
                      ]
                    },
                    "alert_verdict_display": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "family_name": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "family_id": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "families": {
                      "type": [
                        "array",
                        "null"
                      ],
                      "items": {}
                    },
                    "risk_category": {
                      "anyOf": [
                        {
                          "anyOf": [
                            {
                              "type": "string",
                              "enum": [
                                "malware",
                                "phishing",
                                "suspicious_activity",
                                "no_threat",
                                "unknown"
                              ]
                            },
                            {
                              "type": "string"
                            }
                          ]
                        },
                        {
                          "type": "null"
                        }
                      ]
                    },
                    "risk_category_display": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "risk_level": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "risk_level_display": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "risk_score": {
                      "type": [
                        "number",
                        "string",
                        "null"
                      ]
                    },
                    "threat_name": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "ttps": {
                      "type": [
                        "array",
                        "null"
                      ],
                      "items": {
                        "type": "object",
                        "properties": {
                          "tactic": {
                            "type": [
                              "string",
                              "null"
                            ]
                          },
                          "tactic_id": {
                            "type": [
                              "string",
                              "null"
                            ]
                          },
                          "technique": {
                            "type": [
                              "string",
                              "null"
                            ]
                          },
                          "technique_id": {
                            "type": [
                              "string",
                              "null"
                            ]
                          },
                          "source": {
                            "type": [
                              "string",
                              "null"
                            ]
                          }
                        },
                        "additionalProperties": true
                      }
                    }
                  },
                  "additionalProperties": true
                },
                {
                  "type": "null"
                }
              ]
            },
            "scans": {
              "type": [
                "array",
                "null"
              ],
              "items": {
                "type": "object",
                "required": [
                  "scan_type"
                ],
                "properties": {
                  "scan_type": {
                    "anyOf": [
                      {
                        "type": "string",
                        "enum": [
                          "file",
                          "url",
                          "endpoint",
                          "artifact"
                        ]
                      },
                      {
                        "type": "string"
                      }
                    ]
                  },
                  "collection_status": {
                    "anyOf": [
                      {
                        "anyOf": [
                          {
                            "type": "string",
                            "enum": [
                              "collected"
                            ]
                          },
                          {
                            "type": "string"
                          }
                        ]
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "file_analysis": {
                    "type": "object",
                    "required": [
                      "analysis_id"
                    ],
                    "properties": {
                      "analysis_id": {
                        "type": "string",
                        "minLength": 1
                      }
                    },
                    "additionalProperties": true
                  },
                  "url_analysis": {
                    "type": "object",
                    "required": [
                      "analysis_id"
                    ],
                    "properties": {
                      "analysis_id": {
                        "type": "string",
                        "minLength": 1
                      }
                    },
                    "additionalProperties": true
                  },
                  "endpoint_analysis": {
                    "type": "object",
                    "required": [
                      "analysis_id"
                    ],
                    "properties": {
                      "analysis_id": {
                        "type": "string",
                        "minLength": 1
                      }
                    },
                    "additionalProperties": true
                  },
                  "artifact_analysis": {
                    "type": "object",
                    "properties": {
                      "artifact_type": {
                        "anyOf": [
                          {
                            "anyOf": [
                              {
                                "type": "string",
                                "enum": [
                                  "ip",
                                  "domain"
                                ]
                              },
                              {
                                "type": "string"
                              }
                            ]
                          },
                          {
                            "type": "null"
                          }
                        ]
                      },
                      "artifact_value": {
                        "type": [
                          "string",
                          "null"
                        ]
                      },
                      "verdict": {
                        "type": [
                          "string",
                          "null"
                        ]
                      },
                      "family_name": {
                        "type": [
                          "string",
                          "null"
                        ]
                      }
                    },
                    "additionalProperties": true
                  }
                },
                "additionalProperties": true
              }
            }
          },
          "additionalProperties": true
        },
        "status": {
          "anyOf": [
            {
              "type": "string",
              "enum": [
                "in_progress",
                "queued",
                "success"
              ]
            },
            {
              "type": "string"
            }
          ]
        }
      },
      "additionalProperties": true
    },
    "400": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "401": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "403": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "404": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "409": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "429": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "500": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "502": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "503": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "504": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    }
  },
  "GET /alerts/search": {
    "200": {
      "type": "object",
      "required": [
        "result"
      ],
      "properties": {
        "result": {
          "type": "object",
          "required": [
            "alerts_count",
            "alerts"
          ],
          "properties": {
            "alerts_count": {
              "type": "integer",
              "minimum": 0
            },
            "alerts": {
              "type": "array",
              "items": {
                "type": "object",
                "required": [
                  "alert_id"
                ],
                "properties": {
                  "alert_id": {
                    "type": "string"
                  },
                  "environment": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "source": {
                    "anyOf": [
                      {
                        "anyOf": [
                          {
                            "type": "string",
                            "enum": [
                              "s1",
                              "cs",
                              "splunk_siem",
                              "microsoft_sentinel",
                              "xsoar",
                              "phishing_emails"
                            ]
                          },
                          {
                            "type": "string"
                          }
                        ]
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "source_display": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "source_type": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "sender": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "intezer_alert_url": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "note": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "alert": {
                    "anyOf": [
                      {
                        "type": "object",
                        "properties": {
                          "alert_id": {
                            "type": [
                              "string",
                              "null"
                            ]
                          },
                          "alert_title": {
                            "type": [
                              "string",
                              "null"
                            ]
                          },
                          "alert_url": {
                            "type": [
                              "string",
                              "null"
                            ]
                          },
                          "creation_time": {
                            "type": [
                              "string",
                              "null"
                            ]
                          },
                          "severity": {
                            "type": [
                              "string",
                              "number",
                              "null"
                            ]
                          },
                          "severity_display": {
                            "type": [
                              "string",
                              "null"
                            ]
                          },
                          "is_mitigated": {
                            "type": [
                              "boolean",
                              "null"
                            ]
                          },
                          "device": {
                            "anyOf": [
                              {
                                "type": "object",
                                "properties": {
                                  "hostname": {
                                    "type": [
                                      "string",
                                      "null"
                                    ]
                                  },
                                  "os_type": {
                                    "type": [
                                      "string",
                                      "null"
                                    ]
                                  }
                                },
                                "additionalProperties": true
                              },
                              {
                                "type": "null"
                              }
                            ]
                          }
                        },
                        "additionalProperties": true
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "response": {
                    "anyOf": [
                      {
                        "type": "object",
                        "properties": {
                          "status": {
                            "anyOf": [
                              {
                                "anyOf": [
                                  {
                                    "type": "string",
                                    "enum": [
                                      "escalated",
                                      "no_action_needed"
                                    ]
                                  },
                                  {
                                    "type": "string"
                                  }
                                ]
                              },
                              {
                                "type": "null"
                              }
                            ]
                          },
                          "status_display": {
                            "type": [
                              "string",
                              "null"
                            ]
                          },
                          "automated_response_actions": {
                            "type": [
                              "array",
                              "null"
                            ],
                            "items": {}
                          },
                          "user_recommended_actions": {
                            "type": [
                              "array",
                              "null"
                            ],
                            "items": {}
                          },
                          "iocs": {
                            "anyOf": [
                              {
                                "type": "object",
                                "properties": {
                                  "files": {
                                    "type": [
                                      "array",
                                      "null"
                                    ],
                                    "items": {}
                                  },
                                  "network": {
                                    "type": [
                                      "array",
                                      "null"
                                    ],
                                    "items": {}
                                  }
                                },
                                "additionalProperties": true
                              },
                              {
                                "type": "null"
                              }
                            ]
                          }
                        },
                        "additionalProperties": true
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "alert_update_time": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date-time"
                  },
                  "triage_result": {
                    "anyOf": [
                      {
                        "type": "object",
                        "properties": {
                          "alert_verdict": {
                            "anyOf": [
                              {
                                "anyOf": [
                                  {
                                    "type": "string",
                                    "enum": [
                                      "confirmed_threat",
                                      "likely_true_positive",
                                      "suspicious_behavior",
                                      "false_positive",
                                      "inconclusive"
                                    ]
                                  },
                                  {
                                    "type": "string"
                                  }
                                ]
                              },
                              {
                                "type": "null"
                              }
                            ]
                          },
                          "alert_verdict_display": {
                            "type": [
                              "string",
                              "null"
                            ]
                          },
                          "family_name": {
                            "type": [
                              "string",
                              "null"
                            ]
                          },
                          "family_id": {
                            "type": [
                              "string",
                              "null"
                            ]
                          },
                          "families": {
                            "type": [
                              "array",
                              "null"
                            ],
                            "items": {}
                          },
                          "risk_category": {
                            "anyOf": [
                              {
                                "anyOf": [
                                  {
                                    "type": "string",
                                    "enum": [
                                      "malware",
                                      "phishing",
                                      "suspicious_activity",
                                      "no_threat",
                                      "unknown"
                                    ]
                                  },
                                  {
                                    "type": "string"
                                  }
                                ]
                              },
                              {
                                "type": "null"
                              }
                            ]
                          },
                          "risk_category_display": {
                            "type": [
                              "string",
                              "null"
                            ]
                          },
                          "risk_level": {
                            "type": [
                              "string",
                              "null"
                            ]
                          },
                          "risk_level_display": {
                            "type": [
                              "string",
                              "null"
                            ]
                          },
                          "risk_score": {
                            "type": [
                              "number",
                              "string",
                              "null"
                            ]
                          },
                          "threat_name": {
                            "type": [
                              "string",
                              "null"
                            ]
                          },
                          "ttps": {
                            "type": [
                              "array",
                              "null"
                            ],
                            "items": {
                              "type": "object",
                              "properties": {
                                "tactic": {
                                  "type": [
                                    "string",
                                    "null"
                                  ]
                                },
                                "tactic_id": {
                                  "type": [
                                    "string",
                                    "null"
                                  ]
                                },
                                "technique": {
                                  "type": [
                                    "string",
                                    "null"
                                  ]
                                },
                                "technique_id": {
                                  "type": [
                                    "string",
                                    "null"
                                  ]
                                },
                                "source": {
                                  "type": [
                                    "string",
                                    "null"
                                  ]
                                }
                              },
                              "additionalProperties": true
                            }
                          }
                        },
                        "additionalProperties": true
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "scans": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "type": "object",
                      "required": [
                        "scan_type"
                      ],
                      "properties": {
                        "scan_type": {
                          "anyOf": [
                            {
                              "type": "string",
                              "enum": [
                                "file",
                                "url",
                                "endpoint",
                                "artifact"
                              ]
                            },
                            {
                              "type": "string"
                            }
                          ]
                        },
                        "collection_status": {
                          "anyOf": [
                            {
                              "anyOf": [
                                {
                                  "type": "string",
                                  "enum": [
                                    "collected"
                                  ]
                                },
                                {
                                  "type": "string"
                                }
                              ]
                            },
                            {
                              "type": "null"
                            }
                          ]
                        },
                        "file_analysis": {
                          "type": "object",
                          "required": [
                            "analysis_id"
                          ],
                          "properties": {
                            "analysis_id": {
                              "type": "string",
                              "minLength": 1
                            }
                          },
                          "additionalProperties": true
                        },
                        "url_analysis": {
                          "type": "object",
                          "required": [
                            "analysis_id"
                          ],
                          "properties": {
                            "analysis_id": {
                              "type": "string",
                              "minLength": 1
                            }
                          },
                          "additionalProperties": true
                        },
                        "endpoint_analysis": {
                          "type": "object",
                          "required": [
                            "analysis_id"
                          ],
                          "properties": {
                            "analysis_id": {
                              "type": "string",
                              "minLength": 1
                            }
                          },
                          "additionalProperties": true
                        },
                        "artifact_analysis": {
                          "type": "object",
                          "properties": {
                            "artifact_type": {
                              "anyOf": [
                                {
                                  "anyOf": [
                                    {
                                      "type": "string",
                                      "enum": [
                                        "ip",
                                        "domain"
                                      ]
                                    },
                                    {
                                      "type": "string"
                                    }
                                  ]
                                },
                                {
                                  "type": "null"
                                }
                              ]
                            },
                            "artifact_value": {
                              "type": [
                                "string",
                                "null"
                              ]
                            },
                            "verdict": {
                              "type": [
                                "string",
                                "null"
                              ]
                            },
                            "family_name": {
                              "type": [
                                "string",
                                "null"
                              ]
                            }
                          },
                          "additionalProperties": true
                        }
                      },
                      "additionalProperties": true
                    }
                  }
                },
                "additionalProperties": true
              }
            }
          },
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "400": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "401": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "403": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "429": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "500": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "502": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "503": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "504": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    }
  },
  "POST /alerts/search": {
    "200": {
      "type": "object",
      "required": [
        "result"
      ],
      "properties": {
        "result": {
          "type": "object",
          "required": [
            "alerts_count",
            "alerts"
          ],
          "properties": {
            "alerts_count": {
              "type": "integer",
              "minimum": 0
            },
            "alerts": {
              "type": "array",
              "items": {
                "type": "object",
                "required": [
                  "alert_id"
                ],
                "properties": {
                  "alert_id": {
                    "type": "string"
                  },
                  "environment": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "source": {
                    "anyOf": [
                      {
                        "anyOf": [
                          {
                            "type": "string",
                            "enum": [
                              "s1",
                              "cs",
                              "splunk_siem",
                              "microsoft_sentinel",
                              "xsoar",
                              "phishing_emails"
                            ]
                          },
                          {
                            "type": "string"
                          }
                        ]
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "source_display": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "source_type": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "sender": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "intezer_alert_url": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "note": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "alert": {
                    "anyOf": [
                      {
                        "type": "object",
                        "properties": {
                          "alert_id": {
                            "type": [
                              "string",
                              "null"
                            ]
                          },
                          "alert_title": {
                            "type": [
                              "string",
                              "null"
                            ]
                          },
                          "alert_url": {
                            "type": [
                              "string",
                              "null"
                            ]
                          },
                          "creation_time": {
                            "type": [
                              "string",
                              "null"
                            ]
                          },
                          "severity": {
                            "type": [
                              "string",
                              "number",
                              "null"
                            ]
                          },
                          "severity_display": {
                            "type": [
                              "string",
                              "null"
                            ]
                          },
                          "is_mitigated": {
                            "type": [
                              "boolean",
                              "null"
                            ]
                          },
                          "device": {
                            "anyOf": [
                              {
                                "type": "object",
                                "properties": {
                                  "hostname": {
                                    "type": [
                                      "string",
                                      "null"
                                    ]
                                  },
                                  "os_type": {
                                    "type": [
                                      "string",
                                      "null"
                                    ]
                                  }
                                },
                                "additionalProperties": true
                              },
                              {
                                "type": "null"
                              }
                            ]
                          }
                        },
                        "additionalProperties": true
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "response": {
                    "anyOf": [
                      {
                        "type": "object",
                        "properties": {
                          "status": {
                            "anyOf": [
                              {
                                "anyOf": [
                                  {
                                    "type": "string",
                                    "enum": [
                                      "escalated",
                                      "no_action_needed"
                                    ]
                                  },
                                  {
                                    "type": "string"
                                  }
                                ]
                              },
                              {
                                "type": "null"
                              }
                            ]
                          },
                          "status_display": {
                            "type": [
                              "string",
                              "null"
                            ]
                          },
                          "automated_response_actions": {
                            "type": [
                              "array",
                              "null"
                            ],
                            "items": {}
                          },
                          "user_recommended_actions": {
                            "type": [
                              "array",
                              "null"
                            ],
                            "items": {}
                          },
                          "iocs": {
                            "anyOf": [
                              {
                                "type": "object",
                                "properties": {
                                  "files": {
                                    "type": [
                                      "array",
                                      "null"
                                    ],
                                    "items": {}
                                  },
                                  "network": {
                                    "type": [
                                      "array",
                                      "null"
                                    ],
                                    "items": {}
                                  }
                                },
                                "additionalProperties": true
                              },
                              {
                                "type": "null"
                              }
                            ]
                          }
                        },
                        "additionalProperties": true
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "alert_update_time": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date-time"
                  },
                  "triage_result": {
                    "anyOf": [
                      {
                        "type": "object",
                        "properties": {
                          "alert_verdict": {
                            "anyOf": [
                              {
                                "anyOf": [
                                  {
                                    "type": "string",
                                    "enum": [
                                      "confirmed_threat",
                                      "likely_true_positive",
                                      "suspicious_behavior",
                                      "false_positive",
                                      "inconclusive"
                                    ]
                                  },
                                  {
                                    "type": "string"
                                  }
                                ]
                              },
                              {
                                "type": "null"
                              }
                            ]
                          },
                          "alert_verdict_display": {
                            "type": [
                              "string",
                              "null"
                            ]
                          },
                          "family_name": {
                            "type": [
                              "string",
                              "null"
                            ]
                          },
                          "family_id": {
                            "type": [
                              "string",
                              "null"
                            ]
                          },
                          "families": {
                            "type": [
                              "array",
                              "null"
                            ],
                            "items": {}
                          },
                          "risk_category": {
                            "anyOf": [
                              {
                                "anyOf": [
                                  {
                                    "type": "string",
                                    "enum": [
                                      "malware",
                                      "phishing",
                                      "suspicious_activity",
                                      "no_threat",
                                      "unknown"
                                    ]
                                  },
                                  {
                                    "type": "string"
                                  }
                                ]
                              },
                              {
                                "type": "null"
                              }
                            ]
                          },
                          "risk_category_display": {
                            "type": [
                              "string",
                              "null"
                            ]
                          },
                          "risk_level": {
                            "type": [
                              "string",
                              "null"
                            ]
                          },
                          "risk_level_display": {
                            "type": [
                              "string",
                              "null"
                            ]
                          },
                          "risk_score": {
                            "type": [
                              "number",
                              "string",
                              "null"
                            ]
                          },
                          "threat_name": {
                            "type": [
                              "string",
                              "null"
                            ]
                          },
                          "ttps": {
                            "type": [
                              "array",
                              "null"
                            ],
                            "items": {
                              "type": "object",
                              "properties": {
                                "tactic": {
                                  "type": [
                                    "string",
                                    "null"
                                  ]
                                },
                                "tactic_id": {
                                  "type": [
                                    "string",
                                    "null"
                                  ]
                                },
                                "technique": {
                                  "type": [
                                    "string",
                                    "null"
                                  ]
                                },
                                "technique_id": {
                                  "type": [
                                    "string",
                                    "null"
                                  ]
                                },
                                "source": {
                                  "type": [
                                    "string",
                                    "null"
                                  ]
                                }
                              },
                              "additionalProperties": true
                            }
                          }
                        },
                        "additionalProperties": true
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "scans": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "type": "object",
                      "required": [
                        "scan_type"
                      ],
                      "properties": {
                        "scan_type": {
                          "anyOf": [
                            {
                              "type": "string",
                              "enum": [
                                "file",
                                "url",
                                "endpoint",
                                "artifact"
                              ]
                            },
                            {
                              "type": "string"
                            }
                          ]
                        },
                        "collection_status": {
                          "anyOf": [
                            {
                              "anyOf": [
                                {
                                  "type": "string",
                                  "enum": [
                                    "collected"
                                  ]
                                },
                                {
                                  "type": "string"
                                }
                              ]
                            },
                            {
                              "type": "null"
                            }
                          ]
                        },
                        "file_analysis": {
                          "type": "object",
                          "required": [
                            "analysis_id"
                          ],
                          "properties": {
                            "analysis_id": {
                              "type": "string",
                              "minLength": 1
                            }
                          },
                          "additionalProperties": true
                        },
                        "url_analysis": {
                          "type": "object",
                          "required": [
                            "analysis_id"
                          ],
                          "properties": {
                            "analysis_id": {
                              "type": "string",
                              "minLength": 1
                            }
                          },
                          "additionalProperties": true
                        },
                        "endpoint_analysis": {
                          "type": "object",
                          "required": [
                            "analysis_id"
                          ],
                          "properties": {
                            "analysis_id": {
                              "type": "string",
                              "minLength": 1
                            }
                          },
                          "additionalProperties": true
                        },
                        "artifact_analysis": {
                          "type": "object",
                          "properties": {
                            "artifact_type": {
                              "anyOf": [
                                {
                                  "anyOf": [
                                    {
                                      "type": "string",
                                      "enum": [
                                        "ip",
                                        "domain"
                                      ]
                                    },
                                    {
                                      "type": "string"
                                    }
                                  ]
                                },
                                {
                                  "type": "null"
                                }
                              ]
                            },
                            "artifact_value": {
                              "type": [
                                "string",
                                "null"
                              ]
                            },
                            "verdict": {
                              "type": [
                                "string",
                                "null"
                              ]
                            },
                            "family_name": {
                              "type": [
                                "string",
                                "null"
                              ]
                            }
                          },
                          "additionalProperties": true
                        }
                      },
                      "additionalProperties": true
                    }
                  }
                },
                "additionalProperties": true
              }
            }
          },
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "400": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "401": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "403": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "429": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "500": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "502": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "503": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "504": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    }
  },
  "GET /alerts/{alert_id}/raw-data": {
    "200": {
      "anyOf": [
        {
          "type": "object",
          "required": [
            "result"
          ],
          "properties": {
            "result": {}
          },
          "additionalProperties": true
        },
        {
          "type": "object",
          "required": [
            "result_url"
          ],
          "properties": {
            "result_url": {
              "type": "string",
              "minLength": 1
            },
            "metadata": {
              "anyOf": [
                {
                  "type": "object",
                  "properties": {
                    "environment": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "raw_data_type": {
                      "type": [
                        "string",
                        "null"
                      ]
                    }
                  },
                  "additionalProperties": true
                },
                {
                  "type": "null"
                }
              ]
            }
          },
          "additionalProperties": true
        }
      ]
    },
    "400": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "401": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "403": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "404": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "429": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "500": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "502": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "503": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "504": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    }
  },
  "POST /alerts/{alert_id}/notify": {
    "200": {
      "type": "object",
      "properties": {
        "notified_channels": {
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      },
      "additionalProperties": true
    },
    "400": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "401": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "403": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "404": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "409": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "429": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "500": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "502": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "503": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "504": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    }
  },
  "DELETE /alerts/{alert_id}": {
    "200": {
      "type": "object",
      "required": [
        "result_url"
      ],
      "properties": {
        "result_url": {
          "type": "string",
          "minLength": 1
        }
      },
      "additionalProperties": true
    },
    "400": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "401": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "403": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "404": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "429": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "500": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "502": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "503": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "504": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    }
  },
  "GET /{result_url}": {
    "200": {
      "anyOf": [
        {
          "type": "object",
          "required": [
            "status",
            "result"
          ],
          "properties": {
            "status": {
              "type": "string",
              "const": "succeeded"
            },
            "result": {}
          },
          "additionalProperties": true
        },
        {
          "type": "object",
          "required": [
            "status"
          ],
          "properties": {
            "status": {
              "type": "string"
            }
          },
          "additionalProperties": true
        },
        {
          "type": "object",
          "required": [
            "error"
          ],
          "properties": {
            "status": {
              "type": "string"
            },
            "error": {}
          },
          "additionalProperties": true
        }
      ]
    },
    "202": {
      "type": "object",
      "required": [
        "status"
      ],
      "properties": {
        "status": {
          "type": "string"
        }
      },
      "additionalProperties": true
    },
    "401": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "403": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "404": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "429": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "500": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "502": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "503": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "504": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    }
  },
  "GET /analyses/{analysis_id}": {
    "200": {
      "oneOf": [
        {
          "type": "object",
          "required": [
            "status",
            "result"
          ],
          "properties": {
            "status": {
              "type": "string",
              "const": "succeeded"
            },
            "result": {
              "type": "object",
              "required": [
                "analysis_id"
              ],
              "properties": {
                "analysis_id": {
                  "type": "string",
                  "minLength": 1
                },
                "verdict": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "sub_verdict": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "analysis_time": {
                  "type": "string"
                }
              },
              "additionalProperties": true
            }
          },
          "additionalProperties": true
        },
        {
          "type": "object",
          "required": [
            "status"
          ],
          "properties": {
            "status": {
              "type": "string",
              "const": "failed"
            }
          },
          "additionalProperties": true
        }
      ]
    },
    "202": {
      "type": "object",
      "required": [
        "status"
      ],
      "properties": {
        "status": {
          "type": "string",
          "enum": [
            "in_progress",
            "queued",
            "created"
          ]
        }
      },
      "additionalProperties": true
    },
    "401": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "403": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "404": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "429": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "500": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "502": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "503": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "504": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    }
  },
  "GET /url/{analysis_id}": {
    "200": {
      "oneOf": [
        {
          "type": "object",
          "required": [
            "status",
            "result"
          ],
          "properties": {
            "status": {
              "type": "string",
              "const": "succeeded"
            },
            "result": {
              "allOf": [
                {
                  "type": "object",
                  "required": [
                    "analysis_id"
                  ],
                  "properties": {
                    "analysis_id": {
                      "type": "string",
                      "minLength": 1
                    },
                    "verdict": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "sub_verdict": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "analysis_time": {
                      "type": "string"
                    }
                  },
                  "additionalProperties": true
                },
                {
                  "type": "object",
                  "properties": {
                    "submitted_url": {
                      "type": "string"
                    },
                    "summary": {
                      "type": "object",
                      "properties": {
                        "verdict_type": {
                          "type": [
                            "string",
                            "null"
                          ]
                        },
                        "verdict_name": {
                          "type": [
                            "string",
                            "null"
                          ]
                        }
                      },
                      "additionalProperties": true
                    }
                  },
                  "additionalProperties": true
                }
              ]
            }
          },
          "additionalProperties": true
        },
        {
          "type": "object",
          "required": [
            "status"
          ],
          "properties": {
            "status": {
              "type": "string",
              "const": "failed"
            }
          },
          "additionalProperties": true
        }
      ]
    },
    "202": {
      "type": "object",
      "required": [
        "status"
      ],
      "properties": {
        "status": {
          "type": "string",
          "enum": [
            "in_progress",
            "queued",
            "created"
          ]
        }
      },
      "additionalProperties": true
    },
    "401": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "403": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "404": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "429": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "500": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "502": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "503": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "504": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    }
  },
  "GET /endpoint-analyses/{analysis_id}": {
    "200": {
      "oneOf": [
        {
          "type": "object",
          "required": [
            "status",
            "result"
          ],
          "properties": {
            "status": {
              "type": "string",
              "const": "succeeded"
            },
            "result": {
              "allOf": [
                {
                  "type": "object",
                  "required": [
                    "analysis_id"
                  ],
                  "properties": {
                    "analysis_id": {
                      "type": "string",
                      "minLength": 1
                    },
                    "verdict": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "sub_verdict": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "analysis_time": {
                      "type": "string"
                    }
                  },
                  "additionalProperties": true
                },
                {
                  "type": "object",
                  "properties": {
                    "scan_start_time": {
                      "type": "string"
                    },
                    "scan_end_time": {
                      "type": "string"
                    }
                  },
                  "additionalProperties": true
                }
              ]
            }
          },
          "additionalProperties": true
        },
        {
          "type": "object",
          "required": [
            "status"
          ],
          "properties": {
            "status": {
              "type": "string",
              "const": "failed"
            }
          },
          "additionalProperties": true
        }
      ]
    },
    "202": {
      "type": "object",
      "required": [
        "status"
      ],
      "properties": {
        "status": {
          "type": "string",
          "enum": [
            "in_progress",
            "queued",
            "created"
          ]
        }
      },
      "additionalProperties": true
    },
    "401": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "403": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "404": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "429": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "500": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "502": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "503": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    },
    "504": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string"
        },
        "details": {},
        "message": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "additionalProperties": true
    }
  }
} as const;
