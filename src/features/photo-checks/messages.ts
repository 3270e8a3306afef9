/**
 * Plain-words explanations of the machine's findings, in both languages.
 *
 * The measures return a key and numbers, never sentences, so the same result reads in Chinese or English.
 * The keys use their own `precheck.` prefix so that merging them into src/i18n (en.ts, zh-cn.ts) later is
 * a copy, not a rename; until then the UI can translate with `formatPhotoCheckMessage`.
 */

export const photoCheckMessagesEn = {
  'precheck.file.ok': '{format}, {width} × {height} px, {kilobytes} KB: meets the standard',
  'precheck.file.wrongFormat': '{format} file: the standard asks for JPEG',
  'precheck.file.wrongDimensions':
    '{width} × {height} px: the standard is {expectedWidth} × {expectedHeight} px',
  'precheck.file.rightShapeWrongSize':
    '{width} × {height} px: the right shape, but not {expectedWidth} × {expectedHeight} px',
  'precheck.file.tooSmall': '{kilobytes} KB: below the region’s minimum of {minKilobytes} KB',
  'precheck.file.tooLarge': '{kilobytes} KB: above the region’s maximum of {maxKilobytes} KB',

  'precheck.background.okWhite': 'Background {share} % near-white, plain and even',
  'precheck.background.okBlue': 'Background {share} % near-blue, plain and even',
  'precheck.background.wrongColour':
    'Background is neither white nor blue (about RGB {red}, {green}, {blue}): likely fails',
  'precheck.background.blueNotAccepted': 'Blue background: this region accepts white only',
  'precheck.background.whiteNotAccepted': 'White background: this region accepts blue only',
  'precheck.background.shadow':
    'A shadow darkens {share} % of the background border (limit {limit} %): likely fails',
  'precheck.background.clutter':
    'Patches brighter than the backdrop cover {share} % of the border (limit {limit} %): scenery or uneven light, likely fails',
  'precheck.background.objects':
    'Objects stand in the background: {share} % of the border (limit {limit} %), likely fails',
  'precheck.background.tooDark': 'The photo is too dark to tell a white background from a grey one',
  'precheck.background.littleVisible': 'Only {share} % of the border shows background: too little to judge',

  'precheck.sharpness.ok': 'Sharp: edges spread about {blur} px (sharp below {limit} px)',
  'precheck.sharpness.blurred': 'Edges spread about {blur} px, above {limit} px: likely out of focus',
  'precheck.sharpness.borderline':
    'Edges spread about {blur} px: between sharp (below {sharp} px) and blurred (above {blurred} px)',
  'precheck.sharpness.noEdges': 'Too few edges to judge sharpness',

  'precheck.exposure.ok': 'Face brightness {faceMean} of 255; full range from dark to light',
  'precheck.exposure.tooDark':
    'Face brightness {faceMean} of 255 and the brightest parts only {brightTone}: likely under-exposed',
  'precheck.exposure.washedOut':
    'The darkest tones are only {darkTone} of 255 (above {limit}): the photo may be washed out',
  'precheck.exposure.brightSpots':
    '{share} % of the face is blown out to white: glare or over-exposure, likely fails',
  'precheck.exposure.blown': '{share} % of the face is blown out to white: likely over-exposed',
  'precheck.exposure.borderline':
    'Exposure is borderline: face brightness {faceMean}, darkest tones {darkTone}, brightest {brightTone}',

  'precheck.blockiness.ok': 'No visible compression blocks (block-edge ratio {ratio})',
  'precheck.blockiness.blocky': 'Compression blocks likely visible (block-edge ratio {ratio}, limit {limit})',
  'precheck.blockiness.borderline':
    'Compression blocks may show (block-edge ratio {ratio}, between {clean} and {blocky})',

  'precheck.head.ok':
    'Head outline {width} % of the width, centred, top at {crown} % (rough estimate, no face detector)',
  'precheck.head.offCentre':
    'Head {offset} % of the width off-centre (limit {limit} %; rough estimate, no face detector)',
  'precheck.head.small':
    'Head outline only {width} % of the width (at least {limit} %): head too small (rough estimate)',
  'precheck.head.cropped': 'The head reaches the top edge: crown cut off (rough estimate)',
  'precheck.head.low':
    'Top of the head {crown} % down the photo (at most {limit} %): too low (rough estimate)',
  'precheck.head.unmeasurable': 'The head cannot be outlined against this background or at this exposure',

  'precheck.change.sameImage':
    'The same picture as the card photo (hash distance {distance} of 64, grey levels {difference} apart): not a new photo',
  'precheck.change.newPhoto':
    'A new photo (hash distance {distance} of 64); face colour differs by {delta} from the card',
  'precheck.change.veryDifferent':
    'The face colour differs by {delta} from the card photo (same person usually under {limit}): compare the faces closely',

  'precheck.summary.facialFeaturesPartial':
    'Head size and position look right; eyes, pose and expression are for your eye',
  'precheck.summary.noOrnamentsNotMeasured':
    'Not measured: headwear, jewellery and tinted glasses are for your eye',
  'precheck.summary.unavailable': 'Automatic checks are unavailable in this browser',
} as const;

export type PhotoCheckMessageKey = keyof typeof photoCheckMessagesEn;

/** Simplified Chinese; tsc checks that every key is present. */
export const photoCheckMessagesZhCN: Record<PhotoCheckMessageKey, string> = {
  'precheck.file.ok': '{format}，{width} × {height} 像素，{kilobytes} KB：符合标准',
  'precheck.file.wrongFormat': '{format} 文件：标准要求 JPEG',
  'precheck.file.wrongDimensions': '{width} × {height} 像素：标准为 {expectedWidth} × {expectedHeight} 像素',
  'precheck.file.rightShapeWrongSize':
    '{width} × {height} 像素：比例正确，但不是 {expectedWidth} × {expectedHeight} 像素',
  'precheck.file.tooSmall': '{kilobytes} KB：低于本地区下限 {minKilobytes} KB',
  'precheck.file.tooLarge': '{kilobytes} KB：超过本地区上限 {maxKilobytes} KB',

  'precheck.background.okWhite': '背景 {share}% 接近白色，纯净均匀',
  'precheck.background.okBlue': '背景 {share}% 接近蓝色，纯净均匀',
  'precheck.background.wrongColour': '背景既非白色也非蓝色（约 RGB {red}、{green}、{blue}）：可能不合格',
  'precheck.background.blueNotAccepted': '蓝色背景：本地区只接受白色',
  'precheck.background.whiteNotAccepted': '白色背景：本地区只接受蓝色',
  'precheck.background.shadow': '阴影覆盖背景边缘的 {share}%（上限 {limit}%）：可能不合格',
  'precheck.background.clutter':
    '比背景更亮的区域占边缘的 {share}%（上限 {limit}%）：有景物或光照不均，可能不合格',
  'precheck.background.objects': '背景中有其他物体：占边缘的 {share}%（上限 {limit}%），可能不合格',
  'precheck.background.tooDark': '照片过暗，无法区分白色背景和灰色背景',
  'precheck.background.littleVisible': '边缘只有 {share}% 露出背景：不足以判断',

  'precheck.sharpness.ok': '清晰：边缘扩散约 {blur} 像素（清晰标准为低于 {limit} 像素）',
  'precheck.sharpness.blurred': '边缘扩散约 {blur} 像素，超过 {limit} 像素：可能失焦模糊',
  'precheck.sharpness.borderline':
    '边缘扩散约 {blur} 像素：介于清晰（低于 {sharp} 像素）和模糊（高于 {blurred} 像素）之间',
  'precheck.sharpness.noEdges': '边缘太少，无法判断清晰度',

  'precheck.exposure.ok': '面部亮度 {faceMean}/255；明暗层次完整',
  'precheck.exposure.tooDark': '面部亮度 {faceMean}/255，最亮处仅 {brightTone}：可能曝光不足',
  'precheck.exposure.washedOut': '最暗色调仅为 {darkTone}/255（高于 {limit}）：画面可能发白',
  'precheck.exposure.brightSpots': '面部 {share}% 过曝成白色：有反光或曝光过度，可能不合格',
  'precheck.exposure.blown': '面部 {share}% 过曝成白色：可能曝光过度',
  'precheck.exposure.borderline':
    '曝光处于临界：面部亮度 {faceMean}，最暗色调 {darkTone}，最亮色调 {brightTone}',

  'precheck.blockiness.ok': '没有明显的压缩方块（块边缘比 {ratio}）',
  'precheck.blockiness.blocky': '可能有明显的压缩方块（块边缘比 {ratio}，上限 {limit}）',
  'precheck.blockiness.borderline': '可能有压缩方块（块边缘比 {ratio}，介于 {clean} 和 {blocky} 之间）',

  'precheck.head.ok': '头部轮廓占宽度的 {width}%，居中，头顶位于 {crown}%（粗略估计，无人脸检测）',
  'precheck.head.offCentre': '头部偏离中心 {offset}% 宽度（上限 {limit}%；粗略估计，无人脸检测）',
  'precheck.head.small': '头部轮廓仅占宽度的 {width}%（至少 {limit}%）：头部过小（粗略估计）',
  'precheck.head.cropped': '头部触及上边缘：头顶被裁切（粗略估计）',
  'precheck.head.low': '头顶位于照片 {crown}% 处（至多 {limit}%）：位置过低（粗略估计）',
  'precheck.head.unmeasurable': '在此背景或曝光条件下无法勾勒头部轮廓',

  'precheck.change.sameImage':
    '与社保卡照片是同一张图片（哈希距离 {distance}/64，灰度相差 {difference}）：不是新照片',
  'precheck.change.newPhoto': '新拍摄的照片（哈希距离 {distance}/64）；面部颜色与卡面照片相差 {delta}',
  'precheck.change.veryDifferent':
    '面部颜色与社保卡照片相差 {delta}（同一人通常低于 {limit}）：请仔细比对面部',

  'precheck.summary.facialFeaturesPartial': '头部大小和位置看起来正常；眼睛、姿态和表情需要人工判断',
  'precheck.summary.noOrnamentsNotMeasured': '未测量：帽子、首饰和有色眼镜需要人工判断',
  'precheck.summary.unavailable': '此浏览器无法运行自动检查',
};

export interface PhotoCheckMessage {
  key: PhotoCheckMessageKey;
  params: Record<string, string | number>;
}

export type PhotoCheckLocale = 'zh-CN' | 'en';

/** Fills a message's placeholders, formatting numbers for the locale (the same rule as src/i18n). */
export function formatPhotoCheckMessage(message: PhotoCheckMessage, locale: PhotoCheckLocale): string {
  const template = (locale === 'en' ? photoCheckMessagesEn : photoCheckMessagesZhCN)[message.key];
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = message.params[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value;
  });
}
