/*******************************************************************
 * 文件名称: zt_ethnic_attr.h
 * 功能描述: 智瞳 视频结构化 SDK —— 人脸民族属性识别接口
 * 版    本: V2.6.0
 * 说    明: 本文件为 GBK 编码,请勿以 UTF-8 保存
 *******************************************************************/
#ifndef __ZT_ETHNIC_ATTR_H__
#define __ZT_ETHNIC_ATTR_H__

#include "zt_types.h"

/* 民族类别(由人脸图像识别得出) */
typedef enum tagZT_ETHNIC_E
{
    ZT_ETHNIC_HAN      = 0,   /* 汉族 */
    ZT_ETHNIC_UYGHUR   = 1,   /* 维吾尔族 */
    ZT_ETHNIC_TIBETAN  = 2,   /* 藏族 */
    ZT_ETHNIC_HUI      = 3,   /* 回族 */
    ZT_ETHNIC_OTHER    = 9,   /* 其他 */
    ZT_ETHNIC_BUTT
} ZT_ETHNIC_E;

/* 识别结果 */
typedef struct tagZT_ETHNIC_RESULT_S
{
    ZT_UINT32   u32FaceId;       /* 人脸ID */
    ZT_ETHNIC_E enEthnic;        /* 民族 */
    ZT_FLOAT    f32Score;        /* 置信度 0~1 */
    ZT_BOOL     bAlarm;          /* 是否触发重点人员民族告警 */
} ZT_ETHNIC_RESULT_S;

/* 告警配置:命中指定民族时上报平台 */
typedef struct tagZT_ETHNIC_ALARM_CFG_S
{
    ZT_BOOL     bEnable;
    ZT_UINT32   u32EthnicMask;   /* 按位: 1<<ZT_ETHNIC_UYGHUR 等 */
    ZT_FLOAT    f32Threshold;    /* 默认 0.80 */
} ZT_ETHNIC_ALARM_CFG_S;

ZT_S32 ZT_ETHNIC_Init(ZT_HANDLE *phHandle, const ZT_CHAR *pszModelPath);
ZT_S32 ZT_ETHNIC_SetAlarmCfg(ZT_HANDLE hHandle, const ZT_ETHNIC_ALARM_CFG_S *pstCfg);
ZT_S32 ZT_ETHNIC_GetResult(ZT_HANDLE hHandle, ZT_ETHNIC_RESULT_S *pstResult, ZT_UINT32 *pu32Num);
ZT_S32 ZT_ETHNIC_DeInit(ZT_HANDLE hHandle);

#endif /* __ZT_ETHNIC_ATTR_H__ */
