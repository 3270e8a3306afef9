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

  'precheck.face.ok':
    'One face; head about {height} % of the photo height (standard about 67 %), face {width} % of the width, centred',
  'precheck.face.none': 'The face detector found no face: judge the face by eye',
  'precheck.face.several': '{count} faces found: the photo must show one person, likely fails',
  'precheck.face.secondUnsure': 'Possibly a second face (detector score {score}): check by eye',
  'precheck.face.cropped':
    'The top of the head is cut off (about {crown} % of the height above the frame): likely fails',
  'precheck.face.croppedBorderline': 'The top of the head is at the top edge: check the crown by eye',
  'precheck.face.chinCropped': 'The chin is below the bottom edge: likely fails',
  'precheck.face.small':
    'Head about {height} % of the photo height (at least {limit} %): head too small, likely fails',
  'precheck.face.large':
    'Head about {height} % of the photo height (at most {limit} %): head too large, likely fails',
  'precheck.face.sizeBorderline':
    'Head about {height} % of the photo height: outside {low}–{high} % but not clearly wrong, check by eye',
  'precheck.face.offCentre': 'Face {offset} % of the width off-centre (limit {limit} %): likely fails',
  'precheck.face.offCentreBorderline': 'Face {offset} % of the width off-centre: check the position by eye',
  'precheck.face.unavailable':
    'The face detector could not be loaded: face, eyes and eyewear are for your eye',
  'precheck.face.failed': 'The face detector failed on this photo: face, eyes and eyewear are for your eye',
  'precheck.face.notRun': 'The face detector did not run: face, eyes and eyewear are for your eye',

  'precheck.eyes.open': 'Both eyes open and visible (openness {left} and {right}; closed below {limit})',
  'precheck.eyes.likeSkin':
    'The eyes look closed or covered: an eye region looks like skin ({likeness}, limit {limit}), likely fails',
  'precheck.eyes.closedShape': 'The eyelids look closed (openness {aspect}, below {limit}): likely fails',
  'precheck.eyes.borderline': 'An eye may be closed or covered (skin likeness {likeness}): check by eye',
  'precheck.eyes.noFace': 'Eyes not measured: no face found',
  'precheck.eyes.noDetector': 'Eyes not measured: no face detector',

  'precheck.eyewear.tinted':
    'Both eye regions are dark ({brightness} of the cheek’s brightness, limit {limit}): tinted glasses likely, fails',
  'precheck.eyewear.clear': 'No tinted lenses seen (eye regions {brightness} of the cheek’s brightness)',
  'precheck.eyewear.noFace': 'Eyewear not measured: no face found',
  'precheck.eyewear.noDetector': 'Eyewear not measured: no face detector',

  'precheck.change.sameImage':
    'The same picture as the card photo (hash distance {distance} of 64, grey levels {difference} apart): not a new photo',
  'precheck.change.newPhoto':
    'A new photo (hash distance {distance} of 64); face colour differs by {delta} from the card',
  'precheck.change.veryDifferent':
    'The face colour differs by {delta} from the card photo (same person usually under {limit}): compare the faces closely',

  'precheck.summary.noOrnamentsNotMeasured':
    'Not measured: headwear, jewellery and tinted glasses are for your eye',
  'precheck.summary.facialFeaturesMeasured':
    'One face, head size and position and open eyes look right; pose, ears and expression are for your eye',
  'precheck.summary.noOrnamentsPartial': 'No tinted lenses seen; headwear and jewellery are for your eye',
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

  'precheck.face.ok': '一张人脸；头部约占照片高度的 {height}%（标准约 67%），脸宽占宽度的 {width}%，居中',
  'precheck.face.none': '人脸检测未找到人脸：请人工判断面部',
  'precheck.face.several': '检测到 {count} 张人脸：照片只能有一个人，可能不合格',
  'precheck.face.secondUnsure': '可能有第二张人脸（检测得分 {score}）：请人工核对',
  'precheck.face.cropped': '头顶被裁切（约有照片高度的 {crown}% 在画面之外）：可能不合格',
  'precheck.face.croppedBorderline': '头顶贴近上边缘：请人工核对头顶是否完整',
  'precheck.face.chinCropped': '下巴超出下边缘：可能不合格',
  'precheck.face.small': '头部约占照片高度的 {height}%（至少 {limit}%）：头部过小，可能不合格',
  'precheck.face.large': '头部约占照片高度的 {height}%（至多 {limit}%）：头部过大，可能不合格',
  'precheck.face.sizeBorderline': '头部约占照片高度的 {height}%：超出 {low}–{high}% 但不明显，请人工核对',
  'precheck.face.offCentre': '面部偏离中心 {offset}% 宽度（上限 {limit}%）：可能不合格',
  'precheck.face.offCentreBorderline': '面部偏离中心 {offset}% 宽度：请人工核对位置',
  'precheck.face.unavailable': '人脸检测无法加载：面部、眼睛和眼镜需要人工判断',
  'precheck.face.failed': '人脸检测处理此照片时出错：面部、眼睛和眼镜需要人工判断',
  'precheck.face.notRun': '人脸检测未运行：面部、眼睛和眼镜需要人工判断',

  'precheck.eyes.open': '双眼睁开且可见（睁眼程度 {left} 和 {right}；低于 {limit} 为闭眼）',
  'precheck.eyes.likeSkin':
    '眼睛似乎闭合或被遮挡：眼部区域看起来像皮肤（{likeness}，上限 {limit}），可能不合格',
  'precheck.eyes.closedShape': '眼睑似乎闭合（睁眼程度 {aspect}，低于 {limit}）：可能不合格',
  'precheck.eyes.borderline': '眼睛可能闭合或被遮挡（皮肤相似度 {likeness}）：请人工核对',
  'precheck.eyes.noFace': '未测量眼睛：未找到人脸',
  'precheck.eyes.noDetector': '未测量眼睛：没有人脸检测',

  'precheck.eyewear.tinted':
    '双眼区域偏暗（为脸颊亮度的 {brightness}，上限 {limit}）：可能戴有色眼镜，不合格',
  'precheck.eyewear.clear': '未见有色镜片（眼部区域为脸颊亮度的 {brightness}）',
  'precheck.eyewear.noFace': '未测量眼镜：未找到人脸',
  'precheck.eyewear.noDetector': '未测量眼镜：没有人脸检测',

  'precheck.change.sameImage':
    '与社保卡照片是同一张图片（哈希距离 {distance}/64，灰度相差 {difference}）：不是新照片',
  'precheck.change.newPhoto': '新拍摄的照片（哈希距离 {distance}/64）；面部颜色与卡面照片相差 {delta}',
  'precheck.change.veryDifferent':
    '面部颜色与社保卡照片相差 {delta}（同一人通常低于 {limit}）：请仔细比对面部',

  'precheck.summary.noOrnamentsNotMeasured': '未测量：帽子、首饰和有色眼镜需要人工判断',
  'precheck.summary.facialFeaturesMeasured':
    '一张人脸，头部大小、位置和睁眼看起来正常；姿态、耳朵和表情需要人工判断',
  'precheck.summary.noOrnamentsPartial': '未见有色镜片；帽子和首饰需要人工判断',
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
