/**
 * The response example of `GET /data/ehrApplications` from Moka's API document, verbatim (keys such as
 * `" Attachments"` and `"exam Attachments"` included). Tests parse it; the sandbox builds candidates from it.
 */
export const DOC_EXAMPLE_CANDIDATE_PAGE: { data: Record<string, unknown>[]; next: string } = {
  "data": [
    {
      "applicationId": 47151744,
      "candidateId": 28739723,
      "name": "张三",
      "phone": null,
      "email": "yang111@163.com",
      "gender": null,
      "birthYear": null,
      "birthDate": "2020-03-17T00:00:00.000Z",
      "nationality": null,
      "experience": null,
      "ethnic": null,
      "certificateType": null,
      "citizenId": null,
      "nativePlace": "",
      "source": "Other source",
      "sourceType": 2,
      "sourceList": [
        {
          "name": "Other source",
          "isBuiltin": true
        },
        {
          "id": 4,
          "name": "Historical source",
          "isBuiltin": true
        }
      ],
      "academicDegree": null,
      "lastSpeciality": "Human resources management",
      "married": null,
      "jobCommitment": " Full-time",
      "hireMode": 1,
      "departmentCode": null,
      "parentDepartmentCode": null,
      "resumeKey": null,
      "stageName": "沟通offer",
      "nativePlaceCode": null,
      "nationalityCode": null,
      "genderCode": null,
      "academicDegreeCode": null,
      "ethnicCode": null,
      "lastCompany": "郑州***限公司",
      "campus_site_id": 1,
      "campus_site_name": "哈尔冰佛学院",
      "job": {
        "title": "test",
        "department": "xinjan2",
        "departmentCode": null,
        "parentDepartmentCode": null,
        "departmentPath": "华北Region/二级财务部/产品部/产研部/xinjan2",
        "jobId": "39d3d5c9-949e-40d4-8d4b-5cb247d327a8",
        "customFields": [
          {
            "name": "职位-年月",
            "value": "2019-01"
          }
        ]
      },
      "jobManager": {
        "name": "test",
        "email": "11q1@qq.com",
        "phone": "17611232222",
        "employeeId": "01"
      },
      "officeweb365Url": null,
      "officeweb365PrintUrl": null,
      "resumePdfMeta": null,
      "portraitUrl": null,
      "resumeUrl": "",
      "educationInfo": [
        {
          "id": 34263162,
          "startDate": "",
          "endDate": "",
          "school": null,
          "speciality": null,
          "academicDegree": null,
          "startTime": null,
          "endTime": null,
          "now": false
        }
      ],
      "experienceInfo": [
        {
          "id": 76685202,
          "startDate": "",
          "endDate": "",
          "company": null,
          "title": null,
          "startTime": null,
          "endTime": null,
          "now": false,
          "underlingNumber": "5"
        }
      ],
      "awardInfo": [
        {
          "awardDate": null,
          "awardName": null
        }
      ],
      "customFields": [
        {
          "name": "Single line text",
          "value": "122",
          "section": "题型测试",
          "index": 0
        },
        {
          "name": "Field呀",
          "value": "1333",
          "section": "1测试",
          "index": 0
        },
        {
          "name": "我叫何为",
          "value": "题型0001",
          "section": "测试",
          "index": 0
        },
        {
          "codes": "",
          "name": "T选择",
          "value": "A",
          "section": "1测试",
          "index": 0
        },
        {
          "name": "Field呀",
          "value": "133333333",
          "section": "1测试",
          "index": 0
        },
        {
          "name": "我叫何为",
          "value": "题型0002",
          "section": "1测试",
          "index": 0
        },
        {
          "codes": "",
          "name": "T选择",
          "value": "B:4",
          "section": "1测试",
          "index": 0
        },
        {
          "name": "T多文本 ",
          "value": "多文本 Required",
          "section": "basicInfo"
        },
        {
          "codes": "",
          "name": "T确认型",
          "value": "Y",
          "section": "basicInfo"
        }
      ],
      "interviewers": [],
      "interviewFeedbackUrl": null,
      "referrer": {
        "name": "杨",
        "email": "11111@mokahr.com",
        "phone": "15001802222",
        "number": "2019"
      },
      "headcountInfo": [],
      "jobRanksInfo": [],
      "offer": {
        "approvalStatus": "APPROVED",
        "salaryNumber": null,
        "checkinDate": "2018-09-20T13:00:07.000Z",
        "location": "上海市 普陀区 XXXX大学XXXX教室",
        "creator": {
          "name": "报表_HR",
          "email": "mce35@yuoia.com"
        },
        "finishedAt": null,
        "customFields": [
          {
            "name": "合同 Date",
            "value": "2022"
          },
          {
            "name": "转正 Date",
            "value": "2018-09-20"
          },
          {
            "name": "自定义 - 据offer后去向",
            "value": null
          },
          {
            "name": "测试123",
            "value": null
          },
          {
            "name": "自定义offerField",
            "value": null
          },
          {
            "name": "多行",
            "value": null
          },
          {
            "name": "222按时",
            "value": null
          },
          {
            "name": "1212111111",
            "value": null
          }
        ],
        "hcInfo": null,
        "jobRankInfo": null,
        "departmentName": "产品创新部",
        "departmentCode": 30,
        "parentDepartmentCode": 10,
        "departmentPath": "产研部/产品创新部",
        "offerLastSentAt": "2019-10-29T03:41:07.000Z"
      },
      " Attachments": [
        {
          "name": " Attachment1",
          "size": 1024,
          "url": "https://cdn.mokahr.com/e11d677-4962-4309-b507-2273bf2499c8.pdf?OSSAccessKeyId=BBc12XXIQWCGUAZO&Expires=1505300229&Signature=Vdw6zpNH8HTUnu1FvhSjdXiqK6Q="
        }
      ],
      "ehrCandidateExternalLink": "https://cdn.mokahr.com/forward/candidate/info?access_token=93e0eb37-6a5c-4fe4-91db-0579a844fb51"
    },
    {
      "applicationId": 47168265,
      "candidateId": 28755998,
      "name": "test",
      "phone": "17600000000",
      "email": "111111@qq.com",
      "gender": null,
      "birthYear": null,
      "nationality": null,
      "experience": null,
      "ethnic": null,
      "citizenId": null,
      "nativePlace": "",
      "source": "Other",
      "sourceType": 2,
      "academicDegree": null,
      "lastSpeciality": "Human resources management",
      "married": null,
      "jobCommitment": " Full-time",
      "hireMode": 1,
      "departmentCode": null,
      "parentDepartmentCode": null,
      "resumeKey": null,
      "stageName": "沟通offer",
      "nativePlaceCode": null,
      "nationalityCode": null,
      "genderCode": null,
      "academicDegreeCode": null,
      "ethnicCode": null,
      "lastCompany": null,
      "campus_site_id": 0,
      "campus_site_name": null,
      "job": {
        "title": "test",
        "department": "xinjan2",
        "departmentCode": null,
        "parentDepartmentCode": null,
        "departmentPath": "华北Region/二级财务部/产品部/产研部/xinjan2",
        "jobId": "ea932057-2637-4408-98a2-a3366b4ade14",
        "customFields": [
          {
            "name": "职位-年月",
            "value": "2019-01"
          }
        ]
      },
      "jobManager": {
        "name": "test",
        "email": "11q1@qq.com",
        "phone": "17611232222",
        "employeeId": "01"
      },
      "officeweb365Url": null,
      "officeweb365PrintUrl": null,
      "resumePdfMeta": null,
      "portraitUrl": null,
      "resumeUrl": "",
      "educationInfo": [],
      "experienceInfo": [],
      "awardInfo": [],
      "customFields": [],
      "interviewers": [],
      "interviewFeedbackUrl": null,
      "referrer": null,
      "headcountInfo": [],
      "jobRanksInfo": [],
      "offer": {
        "salaryNumber": 111,
        "checkinDate": "2018-09-20T12:58:17.000Z",
        "location": "上海市 普陀区 XXXX大学XXXX教室",
        "creator": {
          "name": "报表_HR",
          "email": "mc435@yuoia.com"
        },
        "finishedAt": null,
        "customFields": [
          {
            "name": "合同 Date",
            "value": "2022-03"
          },
          {
            "name": "转正 Date",
            "value": "2018-09-20"
          },
          {
            "name": "自定义 - 据offer后去向",
            "value": null
          },
          {
            "name": "测试123",
            "value": null
          },
          {
            "name": "自定义offerField",
            "value": null
          },
          {
            "name": "多行",
            "value": null
          },
          {
            "name": "222按时",
            "value": null
          },
          {
            "name": "1212111111",
            "value": null
          }
        ],
        "hcInfo": {
          "id": 8,
          "number": "005",
          "name": "啦啦",
          "status": "timeout"
        },
        "jobRankInfo": {
          "level": 3,
          "name": "总裁",
          "type": null
        },
        "departmentName": "产品创新部",
        "departmentCode": 30,
        "parentDepartmentCode": 10,
        "departmentPath": "产研部/产品创新部",
        "offerLastSentAt": "2019-10-29T03:41:07.000Z"
      },
      " Attachments": [
        {
          "name": " Attachment1",
          "size": 1024,
          "url": "https://cdn.mokahr.com/e11d677-4962-4309-b507-2273bf2499c8.pdf?OSSAccessKeyId=BBc12XXIQWCGUAZO&Expires=1505300229&Signature=Vdw6zpNH8HTUnu1FvhSjdXiqK6Q="
        }
      ],
      "examReportLinks": [
        {
          "name": "Exam结果链接",
          "url": "https://t.cn/XXXXXX"
        }
      ],
      "exam Attachments": [
        {
          "name": "Exam结果",
          "url": "https://cdn.mokahr.com/1234567-4962-4309-b507-2273bf2499c8.pdf?OSSAccessKeyId=BBc12XXIQWCGUAZO&Expires=1505300229&Signature=Vdw6zpNH8HTUnu1FvhSjdXiqK6Q="
        }
      ],
      "ehrCandidateExternalLink": "https://cdn.mokahr.com/forward/candidate/info?access_token=93e0eb37-6a5c-4fe4-91db-0579a844fb51",
      "invitationUpdateStatus": 1
    }
  ],
  "next": "47168265"
};
